"""ORG rules for bodies, in subpackages by the kind of body or of text they read.

At the top stay the modules rules elsewhere import, and the finder they serve:
`candidates` reads a body from its listed head (and the post beside it),
`orgs` decides where a named body ends (`org`, used by posts, events and
documents), `lowercase` and `body_phrases` read the lowercase words of a name
and the pieces inside it (a bracketed acronym, a topic), `governments` and
`government_owners` a state's army and government, `presidia` a presidium with
the body it runs, `general` (with `levels`) drops bodies meant in general and
`kinds_alone` a body's kind standing alone (`văn phòng luật sư`, `Bộ` before
`luật`).

The subpackages, each a kind of rule:

- `extents`: where a body's name ends (`cores`, `names`, `attachments`,
  `branches`, `counted_numbers`, `committee_names`, `proper_tails`,
  `verb_run_ons`, `dashed_places`);
- `joins`: a body joined with a second activity or field, its parent or its
  seat (`joined_activities`, `joined_fields`, `sub_units`, `unit_seats`,
  `grown`);
- `forms`: bodies written in a form of their own, spelled out before an
  abbreviation, with a bracketed alias, in sentence case (`acronyms`,
  `bracket_aliases`, `spelled`, `spelled_lowercase`, `described`,
  `post_acronyms`);
- `lists`: bodies read from a list after their kind or from a body named
  before (`field_lists`, `institution_lists`, `back_references`);
- `committees`: boards, councils, committees and teams named by what they do
  (`boards`, `board_functions`, `councils`, `founded`, `scourges`, `steering`,
  `task_teams`);
- `states`: a state's legislature, intelligence service or mission
  (`state_organs`, `floors`);
- `justice`: courts, procuracies, investigators and a place's police and
  services (`investigators`, `parent_bodies`, `local_services`,
  `trial_panels`, `named_institutions`);
- `armed`: arms of service, forces and units (`arms`, `forces`,
  `unit_codes`);
- `parties`: party committees and cells, the Central Committee, parties
  abroad (`party_blocs`, `party_cells`, `central_committee`, `party_names`,
  `translated_parties`, `party_mentions`, `party_references`);
- `press`: newspapers and outlets (`outlet_names`, `press_titles`,
  `paper_cities`).

A new kind of body rule goes into the subpackage of its kind. The packages
hold no code of their own so that importing one rule module never runs
another.
"""
