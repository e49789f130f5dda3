"""Rule and gazetteer suggester for Vietnamese political news (no underthesea inside).

`RuleSuggester(resources_dir=None, project_dir=None).suggest(text)` returns
PER, ROLE, ORG, LOC, EVENT, DATE and DOC suggestions with code-point offsets
of the text as given. Matching folds case, tone placement and Đ lookalikes
per syllable; the text itself is never changed.
"""

from __future__ import annotations

from pathlib import Path

from annotator.core.resources import resources_dir as default_resources_dir
from annotator.nlp.base import Suggestion
from annotator.nlp.rules.bodies.armed.arms import arms_of_service
from annotator.nlp.rules.bodies.armed.forces import find_forces
from annotator.nlp.rules.bodies.armed.unit_codes import unit_codes
from annotator.nlp.rules.bodies.candidates import find_bodies
from annotator.nlp.rules.bodies.committees.board_functions import drop_heads_before_functions
from annotator.nlp.rules.bodies.committees.boards import boards_of_bodies
from annotator.nlp.rules.bodies.committees.councils import sentence_case_councils
from annotator.nlp.rules.bodies.committees.founded import find_founded_bodies
from annotator.nlp.rules.bodies.committees.scourges import scourge_bodies
from annotator.nlp.rules.bodies.committees.task_teams import task_teams
from annotator.nlp.rules.bodies.extents.committee_names import committees_named
from annotator.nlp.rules.bodies.extents.dashed_places import bodies_over_dashed_places
from annotator.nlp.rules.bodies.extents.proper_tails import proper_tails
from annotator.nlp.rules.bodies.extents.verb_run_ons import cut_verb_run_ons
from annotator.nlp.rules.bodies.forms.acronyms import acronym_bodies
from annotator.nlp.rules.bodies.forms.described import described_bodies
from annotator.nlp.rules.bodies.forms.post_acronyms import acronyms_from_posts
from annotator.nlp.rules.bodies.forms.spelled import find_spelled_bodies
from annotator.nlp.rules.bodies.forms.spelled_lowercase import spelled_lowercase_bodies
from annotator.nlp.rules.bodies.general import drop_general_bodies
from annotator.nlp.rules.bodies.government_owners import governments_of_leaders
from annotator.nlp.rules.bodies.governments import find_governments
from annotator.nlp.rules.bodies.joins.joined_activities import activities_joined
from annotator.nlp.rules.bodies.joins.joined_fields import fields_joined
from annotator.nlp.rules.bodies.joins.sub_units import units_before_bodies
from annotator.nlp.rules.bodies.joins.unit_seats import seats_after_units
from annotator.nlp.rules.bodies.justice.investigators import investigating_bodies
from annotator.nlp.rules.bodies.justice.local_services import local_services
from annotator.nlp.rules.bodies.justice.named_institutions import named_institutions
from annotator.nlp.rules.bodies.justice.parent_bodies import divisions_with_parents
from annotator.nlp.rules.bodies.kinds_alone import drop_kinds_alone
from annotator.nlp.rules.bodies.lists.back_references import propagate_bare_heads
from annotator.nlp.rules.bodies.lists.field_lists import listed_fields
from annotator.nlp.rules.bodies.lists.institution_lists import listed_institutions
from annotator.nlp.rules.bodies.parties.central_committee import committee_joined
from annotator.nlp.rules.bodies.parties.party_cells import party_cells
from annotator.nlp.rules.bodies.parties.party_mentions import propagate_party_names
from annotator.nlp.rules.bodies.parties.party_names import party_names
from annotator.nlp.rules.bodies.parties.party_references import drop_party_references
from annotator.nlp.rules.bodies.parties.translated_parties import translated_parties
from annotator.nlp.rules.bodies.presidia import presidia_of_bodies
from annotator.nlp.rules.bodies.press.outlet_names import outlet_names
from annotator.nlp.rules.bodies.press.paper_cities import paper_cities
from annotator.nlp.rules.bodies.press.press_titles import press_titles
from annotator.nlp.rules.bodies.states.floors import legislatures_on_the_floor
from annotator.nlp.rules.bodies.states.state_organs import find_state_organs
from annotator.nlp.rules.caption_cuts import cut_caption_openers
from annotator.nlp.rules.companies.ends import corporate_names
from annotator.nlp.rules.companies.heads import companies_with_heads
from annotator.nlp.rules.companies.legal_forms import find_companies
from annotator.nlp.rules.companies.listed import listed_companies
from annotator.nlp.rules.companies.makes import drop_makes
from annotator.nlp.rules.companies.names import propagate_company_names
from annotator.nlp.rules.companies.trades import trade_companies
from annotator.nlp.rules.conflicts import find_conflicts
from annotator.nlp.rules.dates.budget_years import budget_years
from annotator.nlp.rules.dates.calendar_dates import find_dates
from annotator.nlp.rules.dates.eras import find_eras
from annotator.nlp.rules.dates.period_ranges import period_ranges
from annotator.nlp.rules.dates.ranges import find_date_ranges
from annotator.nlp.rules.dates.year_parts import parts_of_a_year
from annotator.nlp.rules.documents.bills import find_bills
from annotator.nlp.rules.documents.listed_projects import listed_projects
from annotator.nlp.rules.documents.national_programmes import national_programmes
from annotator.nlp.rules.documents.numbered import numbered_papers
from annotator.nlp.rules.documents.papers import find_documents
from annotator.nlp.rules.documents.plurals import drop_plural_documents
from annotator.nlp.rules.documents.programmes import yearly_programmes
from annotator.nlp.rules.documents.short_names import acronym_laws, documents_by_short_names
from annotator.nlp.rules.emit import to_suggestions
from annotator.nlp.rules.events.ceremonies.ceremonies import find_ceremonies
from annotator.nlp.rules.events.conflicts.accidents import (
    disasters_referred_back,
    find_named_disasters,
)
from annotator.nlp.rules.events.conflicts.affairs import find_affairs
from annotator.nlp.rules.events.conflicts.campaigns import find_campaigns, wars_on_enemies
from annotator.nlp.rules.events.conflicts.fighting_bounds import (
    find_bounded_fighting,
    wars_referred_back,
)
from annotator.nlp.rules.events.conflicts.fighting_words import find_fighting_words
from annotator.nlp.rules.events.conflicts.incidents import find_incidents
from annotator.nlp.rules.events.conflicts.storms import find_hazards, hazards_referred_back
from annotator.nlp.rules.events.courts.arrests import find_arrests
from annotator.nlp.rules.events.courts.cases import find_described_cases, trials_with_cases
from annotator.nlp.rules.events.courts.confrontations import find_confrontations
from annotator.nlp.rules.events.courts.crime_lists import cases_with_crime_lists
from annotator.nlp.rules.events.courts.rulings import court_rulings
from annotator.nlp.rules.events.extent.coded import events_with_codes
from annotator.nlp.rules.events.extent.nouns import find_events
from annotator.nlp.rules.events.extent.sides import event_sides, find_armed_events
from annotator.nlp.rules.events.extent.sizes import events_with_size
from annotator.nlp.rules.events.extent.tails import drop_adverb_tails
from annotator.nlp.rules.events.extent.titled_events import find_titled_events
from annotator.nlp.rules.events.filters.generic import drop_generic_events
from annotator.nlp.rules.events.filters.generic_kinds import drop_event_kinds
from annotator.nlp.rules.events.filters.periodic import drop_periodic_acts
from annotator.nlp.rules.events.meetings.congress_words import congress_abbreviations
from annotator.nlp.rules.events.meetings.extent_meetings import (
    meetings_with_members,
    summits_of_forums,
)
from annotator.nlp.rules.events.meetings.extent_presidia import presidia_of_events
from annotator.nlp.rules.events.meetings.habits import drop_habitual_questions
from annotator.nlp.rules.events.meetings.party_counts import meetings_with_party_counts
from annotator.nlp.rules.events.meetings.questions import join_questions_and_answers
from annotator.nlp.rules.events.meetings.talk_topics import talks_with_topics
from annotator.nlp.rules.events.personnel.decisions import find_lowercase_documents
from annotator.nlp.rules.events.personnel.reviews import find_reviews
from annotator.nlp.rules.events.visits.acts import find_acts
from annotator.nlp.rules.events.visits.apologies import find_apologies
from annotator.nlp.rules.events.visits.joined_acts import joined_acts
from annotator.nlp.rules.events.visits.official_acts import find_official_acts
from annotator.nlp.rules.events.visits.travel_visits import find_travel_visits
from annotator.nlp.rules.events.visits.trips import trips_referred_back
from annotator.nlp.rules.events.votes.assembly_steps import find_assembly_steps
from annotator.nlp.rules.events.votes.body_votes import find_body_votes
from annotator.nlp.rules.events.votes.country_elections import elections_of_countries
from annotator.nlp.rules.events.votes.polls import find_polls
from annotator.nlp.rules.foreign import country_then_name, prefixed_places, press_names
from annotator.nlp.rules.gazetteer import Gazetteers
from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.people.bracket_nicknames import bracket_nicknames
from annotator.nlp.rules.people.bylines import byline
from annotator.nlp.rules.people.credits import cut_credit_run_ons, photo_credits, titled_outlets
from annotator.nlp.rules.people.family_names import family_names_after_titles
from annotator.nlp.rules.people.given_names import names_after_bodies
from annotator.nlp.rules.people.korean_names import korean_names
from annotator.nlp.rules.people.machines import drop_machine_names
from annotator.nlp.rules.people.name_mentions import propagate_names
from annotator.nlp.rules.people.name_openers import names_after_openers
from annotator.nlp.rules.people.nicknames import (
    closing_authors,
    dated_byline,
    find_nicknames,
    listed_nicknames,
)
from annotator.nlp.rules.people.people_lists import listed_names
from annotator.nlp.rules.people.persons import find_people
from annotator.nlp.rules.people.rosters import roster_names
from annotator.nlp.rules.people.run_on_names import trim_run_on_names
from annotator.nlp.rules.people.signatures import signed_initials
from annotator.nlp.rules.places.addresses import addresses
from annotator.nlp.rules.places.company_words import companies_not_places
from annotator.nlp.rules.places.country_compounds import drop_country_compounds
from annotator.nlp.rules.places.country_words import countries_after_at
from annotator.nlp.rules.places.district_brackets import district_in_brackets
from annotator.nlp.rules.places.foreign import foreign_places
from annotator.nlp.rules.places.fronts import fronts_of_places
from annotator.nlp.rules.places.honours import drop_honour_places
from annotator.nlp.rules.places.languages import drop_languages, drop_languages_everywhere
from annotator.nlp.rules.places.lists import (
    city_short,
    foreign_place_lists,
    route_places,
    sibling_places,
)
from annotator.nlp.rules.places.mentions import propagate_vietnamese_places
from annotator.nlp.rules.places.regions import regions
from annotator.nlp.rules.places.seas import seas_named_after_places
from annotator.nlp.rules.places.short_pairs import drop_short_pairs
from annotator.nlp.rules.places.sites import sites_after_nouns
from annotator.nlp.rules.places.units import find_places, places_after_at
from annotator.nlp.rules.posts.aides import join_aides
from annotator.nlp.rules.posts.bare_bodies import posts_with_bare_bodies
from annotator.nlp.rules.posts.bare_members import drop_bare_members
from annotator.nlp.rules.posts.bare_ranks import countries_after_bare_ranks
from annotator.nlp.rules.posts.branch_heads import heads_of_branches, heads_of_many, presidiums
from annotator.nlp.rules.posts.command_words import drop_bare_commands
from annotator.nlp.rules.posts.duty_remits import posts_with_duties
from annotator.nlp.rules.posts.member_status import member_status
from annotator.nlp.rules.posts.minister_fields import ministers_of_fields
from annotator.nlp.rules.posts.ministry_lists import posts_over_ministry_lists
from annotator.nlp.rules.posts.named_trades import trades_after_names, trades_before_names
from annotator.nlp.rules.posts.plural_posts import posts_over_units
from annotator.nlp.rules.posts.post_bodies import bodies_not_people
from annotator.nlp.rules.posts.post_extents import posts_of_bodies
from annotator.nlp.rules.posts.post_remits import posts_with_remits
from annotator.nlp.rules.posts.role_asides import posts_in_brackets
from annotator.nlp.rules.posts.role_tails import cut_role_tails
from annotator.nlp.rules.posts.short_forms import (
    posts_with_short_forms,
    short_posts_referred_back,
)
from annotator.nlp.rules.posts.short_titles import abbreviated_heads, titles_referred_back
from annotator.nlp.rules.posts.unit_heads import heads_of_own_units
from annotator.nlp.rules.posts.verb_tails import posts_before_verbs
from annotator.nlp.rules.propagate import (
    propagate_acronyms,
    propagate_body_extents,
    propagate_places,
)
from annotator.nlp.rules.resolve import mend_cut_bodies, resolve, trim
from annotator.nlp.rules.seats import courts_with_seats, representatives_with_seats
from annotator.nlp.rules.terms import terms_of_bodies

__all__ = ["RuleSuggester"]


class RuleSuggester:
    """Deterministic suggestions from gazetteers and patterns over syllables."""

    name = "rules"

    def __init__(
        self, resources_dir: str | Path | None = None, project_dir: str | Path | None = None
    ) -> None:
        self._blocked: tuple[str | None, list[tuple[int, int]]] = (None, [])
        base = Path(resources_dir) if resources_dir is not None else default_resources_dir()
        folders = [base / "gazetteers" if (base / "gazetteers").is_dir() else base]
        if project_dir is not None:
            folders.append(Path(project_dir))
        self.gazetteers = Gazetteers.load(folders)

    def suggest(self, text: str) -> list[Suggestion]:
        lines = self._lines(text)
        chosen = [(line, self._line_spans(line)) for line in lines]
        trim_run_on_names(chosen)
        propagate_names(chosen)
        family_names_after_titles(chosen)
        titles_referred_back(chosen)
        short_posts_referred_back(chosen)
        propagate_places(chosen)
        propagate_vietnamese_places(chosen)
        companies_not_places(chosen)
        drop_languages_everywhere(chosen)
        propagate_acronyms(chosen)
        propagate_company_names(chosen)
        propagate_party_names(chosen)
        propagate_bare_heads(chosen)
        propagate_body_extents(chosen)
        bodies_not_people(chosen)
        drop_generic_events(chosen)
        legislatures_on_the_floor(chosen)
        drop_event_kinds(chosen)
        drop_habitual_questions(chosen)
        drop_periodic_acts(chosen)
        join_questions_and_answers(chosen)
        congress_abbreviations(chosen)
        trips_referred_back(chosen)
        disasters_referred_back(chosen)
        hazards_referred_back(chosen)
        wars_referred_back(chosen)
        drop_general_bodies(chosen)
        drop_machine_names(chosen)
        drop_makes(chosen)
        drop_plural_documents(chosen)
        documents_by_short_names(chosen)
        drop_adverb_tails(chosen)
        drop_heads_before_functions(chosen)
        drop_kinds_alone(chosen)
        acronyms_from_posts(chosen)
        self._blocked = (text, [r for line, spans in chosen for r in _named_days(line, spans)])
        return to_suggestions(text, chosen, self.name)

    def blocked(self, text: str) -> list[tuple[int, int]]:
        """Offsets the rules know name no entity, where no other suggester may put one.

        Named days alone (`dịp Quốc khánh`) are not annotated, but read like a
        body to a model. Kept from the last `suggest` of the same text.
        """
        if self._blocked[0] != text:
            self.suggest(text)
        return self._blocked[1]

    def _lines(self, text: str) -> list[Line]:
        lines = []
        offset = 0
        for raw in text.split("\n"):
            lines.append(Line(raw, offset, self.gazetteers))
            offset += len(raw) + 1
        return lines

    def _line_spans(self, line: Line) -> list[Candidate]:
        candidates = _found(line)
        trimmed = [t for t in (trim(line, c) for c in candidates) if t is not None]
        return _mended(line, resolve(line, trimmed))


def _found(line: Line) -> list[Candidate]:
    """Every finder's candidates on the line, overlapping, before trimming and resolving."""
    bodies = find_bodies(line)
    role_ends = {c.end for c in bodies if c.label == "ROLE"}
    candidates = bodies + find_people(line, role_ends) + byline(line)
    candidates += find_places(line) + find_dates(line) + find_events(line)
    candidates += find_incidents(line) + find_governments(line) + photo_credits(line)
    candidates += governments_of_leaders(line)
    candidates += find_conflicts(line) + find_nicknames(line) + abbreviated_heads(line)
    candidates += listed_nicknames(line) + korean_names(line) + bracket_nicknames(line)
    candidates += city_short(line) + foreign_place_lists(line) + sibling_places(line)
    candidates += route_places(line) + closing_authors(line) + dated_byline(line)
    candidates += district_in_brackets(line) + find_date_ranges(line) + budget_years(line)
    candidates += find_documents(line) + country_then_name(line) + press_names(line)
    candidates += find_lowercase_documents(line) + find_companies(line)
    candidates += corporate_names(line)
    candidates += find_apologies(line) + find_campaigns(line) + find_ceremonies(line)
    candidates += find_founded_bodies(line) + find_spelled_bodies(line)
    candidates += find_arrests(line) + signed_initials(line) + find_acts(line)
    candidates += prefixed_places(line) + places_after_at(line) + titled_outlets(line)
    candidates += foreign_places(line) + addresses(line) + period_ranges(line)
    candidates += countries_after_at(line) + committee_joined(line)
    candidates += spelled_lowercase_bodies(line) + unit_codes(line) + find_forces(line)
    candidates += investigating_bodies(line) + outlet_names(line) + court_rulings(line)
    candidates += find_confrontations(line)
    candidates += find_affairs(line) + find_armed_events(line)
    candidates += numbered_papers(line) + regions(line) + find_bills(line)
    candidates += yearly_programmes(line) + find_reviews(line) + find_named_disasters(line)
    candidates += find_assembly_steps(line) + find_official_acts(line) + find_polls(line)
    candidates += find_travel_visits(line) + find_described_cases(line)
    candidates += find_hazards(line) + find_fighting_words(line)
    candidates += find_titled_events(line) + find_bounded_fighting(line) + find_body_votes(line)
    candidates += heads_of_branches(line) + find_state_organs(line) + press_titles(line)
    candidates += acronym_bodies(line) + local_services(line) + find_eras(line)
    candidates += paper_cities(line) + translated_parties(line) + sentence_case_councils(line)
    candidates += named_institutions(line) + national_programmes(line) + listed_projects(line)
    candidates += seas_named_after_places(line) + acronym_laws(line)
    return candidates


def _mended(line: Line, resolved: list[Candidate]) -> list[Candidate]:
    """The passes over the resolved spans, in order: each joins, cuts, relabels or drops
    what a lone finder cannot judge (a post with its body, a war with its enemy)."""
    spans = posts_in_brackets(line, join_aides(line, mend_cut_bodies(line, resolved)))
    spans = sites_after_nouns(line, units_before_bodies(line, arms_of_service(line, spans)))
    spans = fronts_of_places(line, posts_of_bodies(line, heads_of_own_units(line, spans)))
    spans = presidia_of_bodies(line, committees_named(line, boards_of_bodies(line, spans)))
    spans = listed_names(line, listed_fields(line, parts_of_a_year(line, spans)))
    spans = listed_institutions(line, spans)
    spans = roster_names(line, spans)
    spans = activities_joined(line, fields_joined(line, spans))
    spans = trades_after_names(line, trades_before_names(line, spans))
    spans = member_status(line, posts_with_bare_bodies(line, spans))
    spans = drop_bare_members(line, spans)
    spans = posts_with_duties(line, posts_with_remits(line, spans))
    spans = posts_with_short_forms(line, spans)
    spans = terms_of_bodies(line, posts_over_units(line, ministers_of_fields(line, spans)))
    spans = posts_over_ministry_lists(line, spans)
    spans = cut_credit_run_ons(line, cut_caption_openers(line, spans))
    spans = proper_tails(line, drop_bare_commands(line, spans))
    spans = described_bodies(line, presidiums(line, cut_role_tails(line, spans)))
    spans = posts_before_verbs(line, spans)
    spans = heads_of_many(line, spans)
    spans = listed_companies(line, trade_companies(line, spans))
    spans = presidia_of_events(line, spans)
    spans = talks_with_topics(line, joined_acts(line, event_sides(line, spans)))
    spans = elections_of_countries(line, meetings_with_party_counts(line, spans))
    spans = summits_of_forums(line, meetings_with_members(line, spans))
    spans = events_with_codes(line, events_with_size(line, wars_on_enemies(line, spans)))
    spans = cases_with_crime_lists(line, trials_with_cases(line, spans))
    spans = countries_after_bare_ranks(line, names_after_bodies(line, spans))
    spans = names_after_openers(line, spans)
    spans = party_names(line, task_teams(line, scourge_bodies(line, spans)))
    spans = drop_honour_places(line, drop_short_pairs(line, spans))
    spans = courts_with_seats(line, drop_country_compounds(line, spans))
    spans = seats_after_units(line, representatives_with_seats(line, spans))
    spans = party_cells(line, companies_with_heads(line, drop_languages(line, spans)))
    spans = bodies_over_dashed_places(line, divisions_with_parents(line, spans))
    spans = drop_party_references(line, spans)
    return cut_verb_run_ons(line, spans)


def _named_days(line: Line, spans: list[Candidate]) -> list[tuple[int, int]]:
    """Capitalised holidays of the line outside every rule span, as text offsets."""
    taken = {k for c in spans for k in range(c.start, c.end)}
    out = []
    for i in line.listed():
        end = line.match(i, "holidays")
        if end > i and line.cap(i) and not taken.intersection(range(i, end)):
            out.append((line.starts[i], line.ends[end - 1]))
    return out
