"""update requests: organisations' Prevent contacts, and the requests sent to partners

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 12:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        # Existing organisations have no contact yet: an empty one, as a new organisation gets.
        batch_op.add_column(
            sa.Column(
                "contact_name",
                sqlmodel.sql.sqltypes.AutoString(length=200),
                nullable=False,
                server_default="",
            )
        )
        batch_op.add_column(
            sa.Column(
                "contact_email",
                sqlmodel.sql.sqltypes.AutoString(length=254),
                nullable=False,
                server_default="",
            )
        )

    op.create_table(
        "update_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("contact_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("contact_email", sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("export_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("earlier_export_ids", sa.JSON(), nullable=False),
        sa.Column("pack_path", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
        sa.Column("draft_path", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
        sa.Column("protected", sa.Boolean(), nullable=False),
        sa.Column("reminders", sa.Integer(), nullable=False),
        sa.Column("reminded_on", sa.Date(), nullable=True),
        sa.Column("returned_on", sa.Date(), nullable=True),
        sa.Column("returned_changes", sa.JSON(), nullable=True),
        sa.Column("returned_file", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisation.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("update_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_update_request_export_id"), ["export_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_update_request_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_update_request_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_update_request_uuid"), ["uuid"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("update_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_update_request_uuid"))
        batch_op.drop_index(batch_op.f("ix_update_request_plan_id"))
        batch_op.drop_index(batch_op.f("ix_update_request_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_update_request_export_id"))
    op.drop_table("update_request")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_column("contact_email")
        batch_op.drop_column("contact_name")
