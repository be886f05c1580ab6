"""An exported workbook's document properties: writing them, and reading them back from a returned file.

The custom properties (plan, export ID and time, schema version, kind, partner) travel with
the workbook, so an import can tell which export a returned file came from and when it was
made (to spot fields changed on both sides since), and the window can show it.
"""

import zipfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import defusedxml.ElementTree as DefusedET
from defusedxml import DefusedXmlException

from actionplan.exchange import safety

if TYPE_CHECKING:  # openpyxl only when writing: an import reads these properties without it
    from openpyxl import Workbook

APPLICATION = "Prevent action plan manager"
_CUSTOM_PART = "docProps/custom.xml"
_MAX_PART_BYTES = 1024 * 1024


def set_properties(
    workbook: "Workbook", *, title: str, subject: str, custom: dict[str, str], created: datetime
) -> None:
    """Title and subject where Excel's File > Info shows them, and our custom properties.

    The author is the application, never the user's name: an aggregate export names nobody.
    """
    from openpyxl.packaging.custom import StringProperty

    naive = created.replace(tzinfo=None, microsecond=0)  # openpyxl writes it as UTC
    props = workbook.properties
    props.title = title
    props.subject = subject
    props.creator = APPLICATION
    props.lastModifiedBy = APPLICATION
    props.created = props.modified = naive
    props.keywords = "Prevent; action plan"
    for name, value in custom.items():
        workbook.custom_doc_props.append(StringProperty(name=name, value=value))


def read_export_properties(path: str | Path, data: BinaryIO | None = None) -> dict[str, str]:
    """The custom properties of a workbook (ours: "Export ID", "Exported at", ...); {} when none.

    The file is checked by ``safety.check_file`` first; a file that is not an .xlsx package
    has no properties to read. ``data`` is the workbook decrypted in memory, for a
    password-protected one.

    Raises:
        FileFormatError: when the file is unsafe or damaged (one sentence for the user).
    """
    path = Path(path)
    kind = safety.check_file(path) if data is None else safety.check_decrypted(data, path.name)
    if kind != "xlsx":
        return {}
    if data is not None:
        data.seek(0)
    with zipfile.ZipFile(data if data is not None else path) as archive:
        try:
            info = archive.getinfo(_CUSTOM_PART)
        except KeyError:
            return {}
        if info.file_size > _MAX_PART_BYTES:
            return {}
        try:
            root = DefusedET.fromstring(archive.read(info), forbid_dtd=True)
        except (DefusedET.ParseError, DefusedXmlException):
            return {}
    found: dict[str, str] = {}
    for prop in root:
        name = prop.get("name")
        if name and len(prop):
            found[name] = prop[0].text or ""
    return found
