"""kept figures: a data version counted up by every write, and figures kept at a version

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 12:00:00

``data_version`` holds one number, counted up by every transaction that writes to the
database; ``kept_figures`` holds figures worked out from the whole of the data (a county's
compliance counts) with the version they were worked out at.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    version = op.create_table(
        "data_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.bulk_insert(version, [{"id": 1, "n": 0}])
    op.create_table(
        "kept_figures",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("figures", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    op.drop_table("kept_figures")
    op.drop_table("data_version")
