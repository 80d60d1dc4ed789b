"""The synthetic benchmark corpus: word lists, text plans, page plans and the bulk writer."""
