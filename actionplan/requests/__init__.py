"""Update requests: each partner's pack and email draft in one step, reminders, and who has returned."""
