"""Charts (matplotlib Figures, no pyplot), the PDF meeting pack and the deadlines calendar."""
