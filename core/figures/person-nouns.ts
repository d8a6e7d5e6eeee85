// Nouns for people. A count written in words is suggested only when it counts people — "five
// people", "Four firefighters", "eleven people": casualties, arrests and crews are reporting, while
// small counts in words are mostly narrative ("three generations", "two racehorses", "four years").

const PERSON_NOUNS = new Set([
  'people', 'persons', 'individuals', 'humans', 'adults', 'children', 'kids', 'boys', 'girls', 'babies',
  'infants', 'teenagers', 'youths', 'students', 'pupils', 'teachers', 'workers', 'employees', 'staff',
  'personnel', 'crew', 'officers', 'police', 'soldiers', 'troops', 'sailors', 'pilots', 'civilians',
  'firefighters', 'rescuers', 'medics', 'paramedics', 'doctors', 'nurses', 'patients', 'residents',
  'citizens', 'nationals', 'voters', 'passengers', 'drivers', 'migrants', 'refugees', 'victims',
  'survivors', 'casualties', 'members', 'journalists', 'reporters', 'prisoners', 'inmates', 'detainees',
  'hostages', 'suspects', 'defendants', 'lawyers', 'protesters', 'demonstrators', 'militants',
  'fighters', 'rebels', 'attackers', 'players', 'athletes', 'fans', 'tourists', 'visitors', 'customers',
  'consumers', 'shoppers', 'tenants', 'pensioners', 'retirees', 'investors', 'shareholders', 'officials',
  'lawmakers', 'legislators', 'senators', 'ministers', 'diplomats', 'judges', 'jurors', 'farmers',
  'miners', 'climbers', 'astronauts', 'volunteers', 'candidates', 'delegates', 'participants',
  'respondents', 'executives', 'parents', 'relatives', 'siblings', 'brothers', 'sisters', 'sons',
  'daughters', 'grandchildren', 'families',
]);

/** The counted noun names people: "people", "firefighters", "women", "gunmen". */
export function isPersonNoun(noun: string): boolean {
  // "men", "women", "gunmen", "fishermen", "policemen".
  return PERSON_NOUNS.has(noun) || noun.endsWith('men');
}
