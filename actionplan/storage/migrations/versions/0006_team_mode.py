"""team mode: row versions, copied history and copy sync points

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 12:00:00

Rows that people edit get a version (counted up on every change, checked on every edit), the
change log can hold batches copied from another database, and ``sync_state`` keeps each
record's values at the last copy between this database and a peer.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = (
    "organisation",
    "plan",
    "person",
    "course",
    "training_requirement",
    "training_record",
    "meeting",
    "action",
)


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default="1", nullable=False))
    op.add_column(
        "change_batch",
        sa.Column(
            "copied_from", sqlmodel.sql.sqltypes.AutoString(length=36), server_default="", nullable=False
        ),
    )
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("peer", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("entity", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("entity_uuid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("values", sa.JSON(), nullable=False),
        sa.Column("synced_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("batch_uuid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("peer", "entity", "entity_uuid"),
    )


def downgrade() -> None:
    op.drop_table("sync_state")
    with op.batch_alter_table("change_batch") as batch:
        batch.drop_column("copied_from")
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
