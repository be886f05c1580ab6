"""indexes another index already covers dropped: training records by person, people by organisation

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 19:30:00

A training record's unique constraint (person_id, course_id, completed_on) already has an
index that starts with person_id: every look-up by person (a person's records, the cascade
when a person is erased) uses it. The separate index on person_id only made each insert write
one more index (150,000 records imported: about 0.4 s of SQLite's own time). In the same way
a person's ``ix_person_org_staff`` (organisation_id, staff_number) serves every look-up by
organisation, and the index on organisation_id alone is dropped (50,000 people inserted: about
0.05 s).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain DROP INDEX on SQLite too: the table is not copied.
    op.drop_index("ix_training_record_person_id", table_name="training_record")
    op.drop_index("ix_person_organisation_id", table_name="person")


def downgrade() -> None:
    op.create_index("ix_person_organisation_id", "person", ["organisation_id"], unique=False)
    op.create_index("ix_training_record_person_id", "training_record", ["person_id"], unique=False)
