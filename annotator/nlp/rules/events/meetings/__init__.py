"""EVENT rules of meetings, sessions and congresses: whom they gather, their topic,
their parties, question time; sittings counted or spoken of as a habit; the
presidium and ad hoc committees that are ORGs, not the meeting."""
