"""What the knowledge files hold, as frozen records.

Dates follow one convention everywhere: ``start`` is the first day in office and ``end``
the handover day (Wikipedia's "8 Dec 2021" for both Merkel's end and Scholz's start), so
an office is held on ``start <= day < end`` and the successor holds it on the handover day.
Membership ``left`` is different: it is the last day of membership (the UK left the EU
"on 31 January 2020", at 23:00 GMT that day).
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

# ISO 3166-1 alpha-3 codes that CAMEO spells differently. Kosovo has no ISO code: the
# knowledge files use the user-assigned XKX that the EU and the World Bank use.
CAMEO_COUNTRY = {"XKX": "KSV", "TLS": "TMP"}
# The files aim at completeness from this day on; a people.csv row without a start
# starts here.
COVERAGE_START = dt.date(2015, 1, 1)
# Surnames that are never a person's alias on their own (as normalised words): common
# surnames, given names used as surnames, ordinary English words and place names, and
# names two people in the files share. A mention of "Lee" or "May" stays unresolved
# rather than coding the wrong person; the full name still resolves. See docs/actors.md.
SURNAME_DENYLIST = frozenset(
    # East and Southeast Asian surnames (family name first)
    "LEE KIM PARK CHOI MOON HAN YUN KANG CHUNG CHO SONG JEONG HWANG SUH LI WANG ZHANG LIU"
    " CHEN YANG ZHAO HUANG ZHOU WU XU SUN MA ZHU HU GUO LIN HE GAO LUO LIANG DONG QIN WEI"
    " TSAI LAI SU NGUYEN TRAN PHAM LE HUN TAN WONG HAYASHI KISHI HAMADA KOIZUMI"
    # South Asian, Arabic and Persian names
    " KHAN ALI SINGH KUMAR SHARMA PATEL SHAH GANDHI HASSAN HUSSEIN HUSSAIN AHMED MOHAMMED"
    " MUHAMMAD MOHAMED ABDULLAH IBRAHIM ISMAIL SALMAN SALAM AOUN SHARIF ABBAS RAHMAN ISLAM"
    " MUSTAFA KHALIFA THANI NAHYAN SABAH MAKTOUM SAUD FAISAL RASHID SALEH SALIH HAMDAN"
    " HADDAD SOLEIMANI MALIKI ZAIDI NAQVI MUNIR MUJAHID DAR ZARDARI BHUTTO MISRI ANWAR"
    # common Anglo surnames
    " SMITH JOHNSON WILLIAMS BROWN JONES MILLER DAVIS WILSON TAYLOR ANDERSON THOMAS MARTIN"
    " MOORE CLARK WHITE HARRIS LEWIS KING SCOTT GREEN BAKER HILL CARTER MITCHELL ROBERTS"
    " TURNER PHILLIPS CAMPBELL PARKER EVANS COLLINS STEWART MORRIS MURPHY COOK COOPER KELLY"
    " JAMES KENNEDY BUSH CLINTON GRAHAM CRUZ WARREN SANDERS SULLIVAN BURNS REEVES RYAN"
    " MCCARTHY FORD HALEY ABBOTT MORRISON JOHNSTON HAMMOND WALLACE WILLIAMSON"
    # common Spanish, Portuguese and other European surnames
    " SANCHEZ FERNANDEZ GONZALEZ RODRIGUEZ LOPEZ MARTINEZ GARCIA PEREZ GOMEZ DIAZ TORRES"
    " RAMIREZ CASTRO MORALES ORTEGA SILVA SANTOS COSTA PEREIRA NAVARRO PADILLA VENTURA"
    " MACHADO CAPUTO CABELLO ESCUDERO NOVAK FISCHER JENSEN RASMUSSEN ANDERSSON NIELSEN"
    " IVANOV PETROV YILMAZ MARKOVIC NIKOLIC LINDNER FEDOROV"
    # ordinary words and places
    " MAY HUNT KEY ENGLISH YOUNG BISHOP BORNE MEADOWS STURGEON WINE WALTZ BONDI BOLTON"
    " KERRY AUSTIN MONTENEGRO MUSCAT META SLOT BLOK ODOR SOLA TRENTA SERRA FRANCA CHAMPAGNE"
    " SWARAJ SEGURO MAGYAR PAZ RAMA BLANCHE SALAMI KERN STOCKER"
    # given names used as surnames
    " PAVEL DAN PHILIPPE MICHEL GABRIEL CAMERON FILIP JONATHAN HENRY CHRISTIAN DREW STUART"
    " DION XIOMARA"
    # names another person in the files or in the news (or a place) shares
    " DEBY BONGO MARCOS AQUINO RAJAPAKSA BERDIMUHAMEDOW KHAMA GBAGBO MILIBAND HEALEY"
    " PRITZKER MCMAHON KLITSCHKO NIINISTO JUGNAUTH URIBE FUJIMORI CEPEDA BENEDETTI"
    " MIRALLES MCMASTER GINSBURG COHEN KATZ BENNETT HALEVI ZAMIR CAYETANO GATCHALIAN"
    " ROMUALDEZ SHINDE TARAR CUOMO ROGAN SIDDIQ LEBLANC MELIA OHANA RANTANEN ACHI NAJIB TARAN"
    " KRISTO MOJTABA".split()
)
# A people.csv position of these types (or an international organisation's code) makes
# its holder the country's elite (``ELI``) once it ends, as a national office does; other
# types (BUS, REB, CRM, HRI...) code nothing after their end.
# leaders.csv notes of offices held ex officio: the person is coded by their own country
EX_OFFICIO_NOTES = ("Commonwealth realm", "co-prince")
PUBLIC_TYPES = frozenset({"GOV", "MIL", "JUD", "LEG", "COP", "SPY", "OPP", "PTY", "ELI"})


def cameo_country(iso3: str) -> str:
    """'XKX' -> 'KSV'; every other ISO3 code is its own CAMEO code."""
    return CAMEO_COUNTRY.get(iso3, iso3)


class Role(enum.Enum):
    HEAD_OF_STATE = "head_of_state"
    HEAD_OF_GOVERNMENT = "head_of_government"
    FOREIGN_MINISTER = "foreign_minister"
    DEFENCE_MINISTER = "defence_minister"


@dataclass(frozen=True, slots=True)
class Office:
    """One tenure: a person in a national office, at the head of an organisation, or in
    another position with a code of its own (a people.csv row).

    ``body`` is the ISO3 country for a national office and a people.csv position, and the
    CAMEO code of the organisation or armed group otherwise. ``end_unknown`` marks a
    tenure known or likely to have ended at a date the files do not record: it is treated
    as open. ``fixed_code`` is a people.csv row's code for the period ("USAGOV",
    "TUROPP", "USABUS"); such a position is not ``national`` (it is not one of the four
    roles of ``leaders.csv``) and ranks below every office when both are held.
    """

    person_id: str
    name: str
    aliases: tuple[str, ...]
    body: str
    role: str
    start: dt.date
    end: dt.date | None
    source: str  # "leaders.csv:12" and where the fact comes from
    national: bool
    nationality: str | None = None  # ISO3; for organisation offices
    end_unknown: bool = False
    note: str = ""
    fixed_code: str | None = None

    @property
    def is_position(self) -> bool:
        """A people.csv row (a position with its own code), not an office."""
        return self.fixed_code is not None

    def holds_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)

    @property
    def ex_officio(self) -> bool:
        """Held by virtue of an office elsewhere: the British monarch in the other
        Commonwealth realms, the French president as co-prince of Andorra."""
        return any(mark in self.note for mark in EX_OFFICIO_NOTES)

    @property
    def code(self) -> str:
        """The actor code while in office: 'DEUGOV', 'IGOWSTNAT', 'LBNREB', 'USABUS'."""
        if self.fixed_code is not None:
            return self.fixed_code
        return cameo_country(self.body) + "GOV" if self.national else self.body

    @property
    def former_country(self) -> str | None:
        """The country whose elite (``XXXELI``) a former holder belongs to, if any."""
        if self.national:
            return self.body
        if self.fixed_code is not None:
            if self.fixed_code.startswith("IGO"):
                return self.body  # a former international official, as in organisation_leaders
            country = cameo_country(self.body)
            public = self.fixed_code[3:6] in PUBLIC_TYPES
            return self.body if self.fixed_code.startswith(country) and public else None
        return self.nationality if self.body.startswith("IGO") else None

    def describe(self) -> str:
        until = f"to {self.end}" if self.end else "in office"
        if self.end_unknown:
            until = "end date unknown"
        note = f"; {self.note}" if self.note else ""
        if self.fixed_code is not None:
            return f"{self.role} ({self.body}, {self.fixed_code}) from {self.start} ({until}{note})"
        return f"{self.role} of {self.body} from {self.start} ({until}{note})"


@dataclass(frozen=True, slots=True)
class Organisation:
    code: str
    name: str
    aliases: tuple[str, ...]
    source: str


@dataclass(frozen=True, slots=True)
class ArmedGroupCode:
    """A group's code over a period; a group whose status changed has several rows."""

    code: str
    name: str
    aliases: tuple[str, ...]
    country: str
    start: dt.date | None
    end: dt.date | None  # inclusive
    source: str


@dataclass(frozen=True, slots=True)
class Membership:
    org_code: str
    country: str  # ISO3, or an organisation code for the EU and the AU in the G20
    joined: dt.date
    left: dt.date | None  # last day of membership
    status: str  # "member" or "suspended"
    source: str

    def covers(self, day: dt.date) -> bool:
        return self.joined <= day and (self.left is None or day <= self.left)


@dataclass(frozen=True, slots=True)
class Metonym:
    phrase: str
    code: str
    source: str
