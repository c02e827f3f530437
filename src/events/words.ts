// Word lists and patterns the event coder's rules test words against: negation and modal words, verb
// classes (saying, naming, accusing, killing...), nouns of actors, victims and judgements.

import type { FrameKind } from "./lexicon.js";

export const FRAME_DEFAULT: Partial<Record<FrameKind, string>> = {
  intend: "030",
  appeal: "020",
  demand: "100",
  refuse: "120",
  threaten: "130",
};

export const NEG_WORDS = new Set(["not", "n't", "never", "no", "neither", "nor", "without"]);

export const HYPO = new Set(["could", "might", "may", "would", "should", "can", "must"]);

export const FUTURE = new Set(["will", "shall", "'ll"]);

export const WILL_AUX = new Set(["will", "would", "wo", "shall", "'ll", "can", "could", "ca"]);

// verbs whose object is the doer of the act in their "for"/"of" phrase ("blamed Israel for airstrikes")
export const ACCUSE_VERBS = new Set(["accuse", "blame", "fault", "charge", "indict", "convict", "suspect"]);

// verbs whose subject owns the act they take responsibility for ("claimed responsibility for the attack")
export const CLAIM_VERBS = new Set(["claim", "take", "accept", "acknowledge", "admit"]);

// Heads of noun phrases that name people or bodies, for uncoded actors when the resolver marks none.
export const UNKNOWN_ACTOR_NOUN =
  /^(people|person|man|men|woman|women|protester|demonstrator|activist|farmer|worker|student|resident|civilian|villager|supporter|mourner|fan|crowd|group|official|officer|soldier|troop|force|police|policeman|militant|rebel|gunman|insurgent|fighter|guerrilla|leader|politician|representative|member|minister|government|authority|prisoner|sailor|journalist|reporter|delegation|party|union|employee|striker|opposition|hundred|thousand|dozen|mob|attacker|assailant|kidnapper|captor|hostage|refugee|migrant|voter|lawmaker|legislator|senator|diplomat|staff|agent|investigator|prosecutor|judge|court|company|firm|bank|advocate|campaigner|negotiator|envoy|critic|lawyer|dissident|expert|militia|separatist|paramilitary)s?$/;

// People a possessor names by their tie to someone else: "his wife", "Trump's critics" are not the
// possessor, so the possessor must not stand for them as a party.
export const RELATION_NOUN =
  /^(wife|wives|husband|spouse|son|daughter|father|mother|parent|child|children|brother|sister|sibling|family|relative|widow|widower|grandson|granddaughter|grandfather|grandmother|grandchild|grandchildren|uncle|aunt|nephew|niece|cousin|fianc[eé]e?|girlfriend|boyfriend|critic|opponent|rival|enemy|foe|detractor|accuser|victim|challenger|successor|predecessor)s?$/;

// Nouns that measure another noun ("thousands of troops"): the object's meaning is the measured noun.
export const QUANTITY =
  /^(thousand|thousands|hundred|hundreds|dozen|dozens|million|millions|billion|billions|number|group|unit|canister|canisters|batch|shipment|consignment|amount|ton|tons|tonne|tonnes|round|rounds|volley|barrage)$/;

// Judgements that state disapproval of what they are said of ("unacceptable", "a violation").
// (a set, not a pattern: the coder asks about every adjective and noun, and there are some 250 words)
export const NEGATIVE_JUDGEMENT = new Set(
  "meaningless|baseless|unfounded|groundless|flawed|disastrous|unprofessional|terrible|disgusting|wrong|lie|lies|nonsense|ridiculous|appalling|unjust|criminal|hypocrisy|genocide|crime|terrorist|terrorism|threat|menace|unacceptable|unjustified|unjustifiable|illegal|unlawful|illegitimate|hostile|violation|escalation|provocation|provocative|aggression|ineffective|mistake|outrageous|absurd|irresponsible|reckless|blow|barrier|disgrace|disgraceful|shameful|counterproductive|unfair|hypocritical|destabilizing|destabilising|interference|meddling|insult|insulting|betrayal|unconstitutional|undemocratic|deplorable|regrettable|unhelpful|unwarranted|inhumane|barbaric|cowardly|heinous|weakness|failure|fiasco|blunder|catastrophe|catastrophic|dangerous|harmful|damaging|destructive|foolish|misguided|wrongheaded|shortsighted|short-sighted|ill-advised|unwise|unreasonable|unfriendly|dishonest|deceptive|false|fake|bogus|propaganda|slander|fabrication|fabricated|hoax|sham|farce|travesty|scandalous|abhorrent|repugnant|reprehensible|despicable|vile|shocking|arrogant|bullying|aggressive|racist|discriminatory|incompetent|corrupt|stunt|ploy|intimidation|coercion|bullying|extortion|piracy|blackmail|sabotage|unprovoked|indefensible|inexcusable|intolerable|unforgivable|disgusting|deplorable|irrational|insane|hysteria|hysterical|politicized|politicised|disaster|appeasement|debacle|failed|incompetence|lawless|rogue|ludicrous|laughable|preposterous|pathetic|evil|traitor|liar|thug|murderer|dictator|tyrant|butcher|despot|bully|hypocrite|puppet|clown|fraud|embarrassment|humiliation|nightmare|insanity|lunacy|madness|outrage|scandal|garbage|rubbish|grandstander|showboat|cheat|cheater|cheaters|cheating|manipulator|manipulators|manipulation|thief|thieves|theft|crook|crooks|gangster|gangsters|bandit|bandits|killer|killers|aggressor|aggressors|invader|invaders|occupier|occupiers|warmonger|warmongers|warmongering|extremist|extremists|fascist|fascists|nazi|nazis|bigot|bigots|bigoted|coward|cowards|loser|losers|idiot|idiots|moron|morons|fool|fools|lunatic|lunatics|madman|psychopath|pariah|stooge|stooges|lackey|lackeys|monster|monsters|barbarian|barbarians|savage|savages|demagogue|autocrat|autocratic|authoritarian|lawbreaker|violator|violators|criminals|terrorists|traitors|liars|thugs|murderers|dictators|tyrants|puppets|hypocrites|bullies|unfit|dishonorable|treacherous|treason|treasonous".split(
    "|",
  ),
);

export const NAMING_VERBS = new Set([
  "call",
  "describe",
  "term",
  "brand",
  "label",
  "deem",
  "consider",
  "find",
  "dub",
  "characterize",
  "characterise",
  // "treat/see/view/regard X as a hostile act": only with an "as" phrase (see namedAs)
  "treat",
  "see",
  "view",
  "regard",
]);

// naming verbs whose judgement must come in an "as" phrase: "saw the move unacceptable" is not English
export const AS_ONLY_NAMING = new Set(["treat", "see", "view", "regard"]);

export const SAY_VERBS = new Set([
  "say",
  "tell",
  "add",
  "state",
  "declare",
  "write",
  "tweet",
  "insist",
  "argue",
  "note",
  "warn",
]);

// Clashes that are violent protest when civilians face the police or the army.
// verbs that report a statement (a denial when what is stated negates the speaker's own doing)
export const STATEMENT_VERBS = new Set([
  "say",
  "tell",
  "state",
  "tweet",
  "add",
  "write",
  "declare",
  "insist",
  "stress",
]);

export const CLASH_VERBS = new Set(["clash", "scuffle", "fight", "battle", "attack", "brawl"]);

export const NO_NODES: ReadonlySet<number> = new Set<number>();

export const MODAL_OF_DUTY = /^(must|should|ought)$/;

// deeds whose doer a report names in a "by" phrase to blame it ("sponsored by Iran")
export const DEED_VERBS = new Set(
  "sponsor orchestrate mastermind perpetrate instigate stage engineer plot fund finance arm direct order".split(
    " ",
  ),
);

// negated verbs of thought, wish or need that state no denial ("said he did not know")
export const NOT_DENIALS = new Set(
  "know think believe mean expect want see understand care remember recall like need intend plan wish hope feel seem matter foresee anticipate imagine trust".split(
    " ",
  ),
);

// Words that make a "strike" a stoppage of work; without one, news "strikes" are attacks ("Israeli
// strikes killed 30", "the strike breached the conditions"): on unlabelled world news the labour
// reading was wrong in most sentences that had none of these words.
export const LABOUR_WORDS =
  /^(worker|workers|union|unions|unionist|labour|labor|employee|employees|staff|teacher|teachers|nurse|nurses|doctor|doctors|miner|miners|seaman|seamen|docker|dockers|driver|drivers|trucker|truckers|pilot|pilots|farmer|farmers|student|students|wage|wages|pay|salary|salaries|walkout|picket|pickets|stoppage|striker|strikers|industrial|port|ports|factory|factories|railway|rail|transport|sector|employer|employers)$/;
/** Words that make a stoppage of the "strike" right after them ("a general strike"), and only there. */
export const STRIKE_KINDS = /^(general|hunger|nationwide|national|labou?r|sympathy|wildcat)$/;

export const PARTICIPLES = new Set(
  "struck held met sent fought hit shot beaten broken cut put set left lent sought brought begun withdrawn frozen found seen paid led made taken given done told".split(
    " ",
  ),
);

// Frames whose embedded act, when the lexicon does not code it, is still an intent to cooperate.
// (not "ready", "eager", "keen": "ready to rumble", "eager to paint Paul as ...": on news nearly all
// such readiness was for acts of no one's cooperation)
export const COOPERATIVE_INTENT = new Set(
  "offer pledge promise agree willing prepared commit committed volunteer".split(" "),
);

export const NEEDS_ACTOR_TARGET = new Set([
  // ("we must recognize racism", "I recognize that ...": recognition (054) is of a state or a government)
  "recognize",
  "recognise",
  // ("afraid to go back to school", "goes to a vote", "went to the theater": a trip is to a party's land)
  "go",
  "welcome",
  "offer",
  "surround",
  "encircle",
  "greet",
  "host",
  "receive",
]);

export const RELEASED_TEXT =
  /^(poster|posters|return|returns|commercial|commercials|ad|ads|advert|adverts|advertisement|advertisements|communique|communiques|communiqué|copy|copies|page|pages|excerpt|excerpts|portion|portions|file|files|map|maps|sketch|sketches|chart|charts|graphic|graphics|song|songs|trailer|trailers|movie|movies|ruling|opinion|endorsement|tally|toll|cable|cables|dossier|dossiers|paper|papers|edition|brochure|pamphlet|leaflet|leaflets|tweet|tweets|post|posts|schedule|agenda|strategy|rule|rules|regulation|regulations|memorandum|affidavit|testimony|interview|content|material|materials|intelligence|declaration|trove|identity|identities|account|accounts|book|books|statement|report|list|video|data|figure|footage|photo|document|record|transcript|album|film|plan|budget|result|detail|information|guidance|guideline|version|update|study|poll|survey|letter|memo|audio|recording|tape|image|figures|details|results|records|documents|photos|message|messages|finding|findings|clip|clips|email|emails|text|texts|picture|pictures|photograph|photographs|statistic|statistics|estimate|estimates|forecast|forecasts|proposal|proposals|documentary|evidence|name|names|summary|analysis|assessment|review|note|notes|timeline|manifesto|platform|guidelines|minutes|tapes|videos|reports|statements|letters|memos|images|transcripts|surveys|polls|studies|recordings)$/;

// What a party frees when its release is no act done to another party but the setting free of people:
// "released three hostages", "freed the sailors", "the detainees were released". A release with no
// actor on the receiving end codes 0841 only with one of these (or a personal pronoun, a name or a
// number) as what is released; "released a poster", "will decide what to release" release no one.
// What "offered" gives when it is words, views or wares, not an intent to cooperate (031): "offered a
// revisionist history", "offered little by way of detail", "offered lower prices" (offered
// apologies and praise are coded by their own nouns, 055 and 051).
export const OFFERED_WORDS =
  /^(variation|variations|history|histories|account|accounts|explanation|explanations|view|views|insight|insights|detail|details|assessment|assessments|comment|comments|thought|thoughts|defense|defence|advice|glimpse|price|prices|option|options|evidence|proof|reason|reasons|argument|arguments|excuse|excuses|hint|hints|clue|clues|suggestion|suggestions|idea|ideas|vision|critique|critiques|prayer|prayers|opinion|opinions|perspective|perspectives|analysis|answer|answers|response|responses|rebuttal|testimony|remark|remarks|word|words|statement|statements|elaboration|little|much|nothing|something|anything|few|more|rate|rates|discount|discounts|product|products|service|services|course|courses|class|classes|job|jobs|seat|seats|ride|rides|tour|tours|interview|interviews|lecture|lectures|scholarship|scholarships|estimate|estimates|forecast|forecasts|figure|figures|glimpses|example|examples|theory|theories|version|versions|portrait|picture|description|summary|preview|reminder|tip|tips|solution|solutions|alternative|alternatives|guidance|feedback|testimonial|opportunity|opportunities|chance|way|ways|look|apology|apologies|praise|thanks|congratulation|congratulations)$/;

// What "provide" or "give" hands over when it is no aid (07x): a chance, a look or an account given
// ("provided the council a chance to ...", "gave a glimpse of", "provided details of the plan").
export const PROVIDED_NOT_AID = new Set([
  "opportunity",
  "chance",
  "glimpse",
  "ability",
  "look",
  "example",
  "reminder",
  "insight",
  "window",
  "platform",
  "forum",
  "venue",
  "cover",
  "context",
  "clarity",
  "answer",
  "explanation",
  "evidence",
  "proof",
  "detail",
  "information",
  "update",
  "testimony",
  "boost",
  "excuse",
  "reason",
  "fodder",
  "lesson",
  "hint",
  "clue",
  "snapshot",
  "picture",
  "account",
  "view",
  "perspective",
  "estimate",
  "figure",
  "statement",
  "comment",
  "name",
  "list",
  "link",
  "impetus",
  "momentum",
  "incentive",
  "way",
  "path",
  "pathway",
]);

// What "protect" guards when it is no military protection of a party (074): "protect American jobs",
// "protect the integrity of the probe", "protect its interests"; and the reflexive "protect itself".
export const PROTECTED_THINGS =
  /^(interest|interests|job|jobs|industry|industries|right|rights|integrity|probe|investigation|inquiry|privacy|data|environment|economy|market|markets|health|freedom|freedoms|liberty|liberties|value|values|way|democracy|institution|institutions|constitution|amendment|speech|identity|information|source|sources|secret|secrets|reputation|brand|investment|investments|worker|workers|employee|employees|farmer|farmers|consumer|consumers|taxpayer|taxpayers|manufacturer|manufacturers|business|businesses|company|companies|patient|patients|wage|wages|intellectual|property|technology|technologies|benefit|benefits|medicare|program|programs|itself|himself|herself|themselves|ourselves|myself|yourself)$/;

export const RELEASE_VERBS = /^(release|free)$/;

// Nouns that the last-resort reading codes only with their own party before them ("Kim's threats",
// "North Korean threats"): "the terror threat", "poses a threat to", "the ISIL threat" name a danger.
export const OWNED_ONLY_NOUNS = new Set(["threat"]);

export const RELEASED_PEOPLE =
  /^(prisoner|prisoners|detainee|detainees|hostage|hostages|captive|captives|inmate|inmates|person|persons|people|man|men|woman|women|child|children|kid|kids|girl|girls|boy|boys|citizen|citizens|national|nationals|american|americans|journalist|journalists|reporter|reporters|activist|activists|protester|protesters|protestor|protestors|dissident|dissidents|sailor|sailors|soldier|soldiers|crew|crewman|crewmen|member|members|suspect|suspects|worker|workers|student|students|tourist|tourists|fisherman|fishermen|migrant|migrants|refugee|refugees|official|officials|diplomat|diplomats|officer|officers|pilot|pilots|opponent|opponents|leader|leaders|militant|militants|fighter|fighters|rebel|rebels|politician|politicians|lawmaker|lawmakers|blogger|bloggers|lawyer|lawyers|missionary|missionaries|volunteer|volunteers|employee|employees|staff|passenger|passengers|hiker|hikers|businessman|businessmen|civilian|civilians|individual|individuals|resident|residents|family|families|mother|father|son|daughter|wife|husband|brother|sister|body|bodies|remains|driver|drivers|comrade|comrades|guard|guards|priest|priests|nun|nuns|pastor|pastors|cleric|clerics|teacher|teachers|nurse|nurses|doctor|doctors|engineer|engineers|contractor|contractors|captain|scientist|scientists|writer|writers|artist|artists|monk|monks|bishop|colleague|colleagues|friend|friends|relative|relatives|partner|partners|ally|allies|opposition|fan|fans|supporter|supporters|athlete|athletes|player|players|youth|youths|teen|teens|teenager|teenagers|couple|trio|pair|duo|juvenile|juveniles|minor|minors|immigrant|immigrants|alien|aliens|criminal|criminals|convict|convicts|offender|offenders|felon|felons|dozen|dozens|hundred|hundreds|thousand|thousands|some|most|all|others|both|those|he|she|they|him|her|them|who|whom|we|us|i|me)$/;

// Verbs whose object is a reaction aimed at their subject ("drew condemnation", "faced criticism").
// acts done to a person: "Navalny's arrest", "Foley's murder" name the patient in the possessor, unless an
// "of" phrase names it ("Iran's execution of dissidents")
export const PATIENT_NOUNS = new Set([
  "arrest",
  "detention",
  "release",
  "kidnapping",
  "abduction",
  "assassination",
  "expulsion",
  "indictment",
  "murder",
  "execution",
  "extradition",
  "deportation",
  "torture",
  "rape",
  "imprisonment",
  "prosecution",
  "killing",
  "beheading",
  "lynching",
  "beating",
  "stabbing",
]);

// Participles that name the doing of an act: "attacks carried out by", "the raid ordered by".
export const DOING_PARTICIPLES = new Set([
  "carry",
  "launch",
  "instigate",
  "perpetrate",
  "commit",
  "conduct",
  "orchestrate",
  "stage",
  "mount",
  "order",
  "plan",
  "claim",
  "lead",
  "wage",
  "mastermind",
  "organize",
  "organise",
  "execute",
  "unleash",
  "initiate",
  "undertake",
  "direct",
  "impose",
  "announce",
  "issue",
]);

export const DRAW_VERBS = new Set([
  "draw",
  "attract",
  "face",
  "receive",
  "earn",
  "spark",
  "provoke",
  "prompt",
  "trigger",
  "incur",
]);

export const NOT_ACTIONS = new Set(
  "be have seem appear want need know think believe hope fear feel see hear wear ask call claim accuse complain remain become include leave disperse flee die".split(
    " ",
  ),
);

export const ACCIDENTS =
  /^(explosion|fire|blaze|crash|accident|collision|fall|earthquake|quake|flood|flooding|storm|landslide|avalanche|collapse|stampede|derailment|blast)$/;

export const FIGHT_VERBS = new Set(["fight", "combat", "battle", "tackle"]);

export const ORGANISE_VERBS = new Set([
  "organize",
  "organise",
  "stage",
  "hold",
  "lead",
  "call",
  "plan",
  "mount",
  "launch",
]);

export const PROTESTERS =
  /^(protester|protestor|demonstrator|marcher|protesters|protestors|demonstrators|marchers)$/;

// Measures of an economy: a country or firm that modifies one ("the U.S. trade deficit") does nothing.
export const ECONOMIC_MEASURE =
  /^(deficit|surplus|import|export|economy|market|price|output|production|currency|growth|inflation|debt|trade|sale|share|stock|earning|profit|revenue|rate|index|reserve|gdp|unemployment|spending|income|consumption|yield|bond|dollar|yen|franc|peso|crop|harvest|shipment|supply|demand)s?$/;

// What a source declines when it keeps quiet or unnamed ("declined to be named", "declined to comment");
// the speech acts among them make CAMEO's "decline comment", the rest (being named) no event.
export const NO_COMMENT_SPEECH = new Set([
  "comment",
  "elaborate",
  "confirm",
  "disclose",
  "discuss",
  "say",
  "specify",
  "reveal",
  "speculate",
  "detail",
  "answer",
  "respond",
]);
/** What a poll or a study asks its respondents to do: give an answer, not take an action. */
export const ANSWER_VERBS = new Set([
  "name",
  "rate",
  "rank",
  "choose",
  "pick",
  "evaluate",
  "identify",
  "estimate",
  "grade",
  "list",
  "imagine",
  "describe",
]);

export const NO_COMMENT = new Set([...NO_COMMENT_SPEECH, "name", "identify"]);

export const PROMISE_VERBS = new Set(["promise", "pledge", "vow", "guarantee", "swear"]);

export const GENERIC_HELP = new Set(["help", "assist", "aid"]);

export const KILL_VERBS = new Set(["kill", "injure", "wound"]);

/** The months' names, for the patterns that tell a date from a name or an act. */
export const MONTHS =
  "January February March April May June July August September October November December".split(" ");
export const WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(" ");
/** "on Friday", "on March 3", "on Tuesday night": when, not what or whom. */
export const TIME_HEAD = new RegExp(
  `^(${[...WEEKDAYS, ...MONTHS].join("|")}|day|night|morning|afternoon|evening|weekend|occasion|date)s?$`,
  "i",
);
export const FIRST_PERSON = /^(we|i)$/;
/** The endings of a past participle as the words show it ("seized", "taken", "shown"). */
export const PARTICIPLE_FORM = /(ed|en|wn)$/;
/** Whom a speaker addresses: never the speaker, nor the one the speaker reports on. */
export const SECOND_PERSON = /^(you|yourself|yourselves)$/;
/**
 * Third-person subject pronouns, which refer to a party named elsewhere in the story (a first person
 * left unresolved is a speaker the quotes layer could not name, mostly a bystander).
 */
export const PERSONAL_PRONOUN = /^(he|she|it|they)$/;

// Counts that make a killing a mass killing.
export const MASS_WORDS = /^(hundreds|thousands|tens|scores|millions)$/;

// Wishes that take an object and an infinitive: with an object they ask another party to act.
export const WANT_OTHER = new Set(["want", "wish"]);

// codes that stand without a target: statements, appeals, intents, demands, threats, protests
export const FALLBACK_ONE_SIDED = /^(01|02|03|1[034])/;

// nouns for unnamed civilians on the receiving end of violence
export const VICTIMS =
  /^(people|person|civilian|child|children|girl|boy|woman|women|man|men|villager|resident|student|schoolgirl|schoolchild|worshipper|pilgrim|passenger|tourist|farmer|family|protester|demonstrator|mourner|bystander|pedestrian|shopper|commuter)s?$/;

// relative pronouns that stand for the noun a relative clause modifies
export const RELATIVE_PRON = /^(whom|who|which|that)$/;

// acts done by each of two coordinated subjects to the other ("Russia and China met", "held talks")
export const RECIPROCAL_CODE = /^(04[016]|05[047]|06)/;

// nouns whose act is mutual: "A and B completed an exchange of prisoners"
export const RECIPROCAL_NOUN = new Set(["exchange", "swap"]);

// "India and Pakistan exchanged fire", "traded accusations": each party does it to the other
export const EXCHANGE_VERBS = new Set(["exchange", "trade", "swap"]);

// prepositions of the place an act happens in: their noun is no target of a verb that wants none there
export const LOCATIVE_PREPS = new Set([
  "in",
  "at",
  "across",
  "throughout",
  "around",
  "near",
  "inside",
  "within",
]);

export const TIME_PREPS = new Set(["before", "after", "since", "during", "until", "following", "amid"]);

export const GROUP_SUBJ =
  /^(the )?(pair|two|two (leaders|sides|men|presidents|countries|ministers|nations|governments)|both( sides| leaders| countries)?)$/i;

// Documents whose words are their author's acts ("a statement condemning the raid", "a resolution
// calling for talks").
export const DOCUMENT_NOUNS =
  /^(statement|resolution|letter|communique|communiqué|declaration|report|bill|motion|memo|memorandum|note|tweet|post|message|release|decree|order|ruling|editorial|op-ed|speech|video)$/;

/**
 * What one "meets" that is no party: a need, a goal, a demand met is satisfied, and resistance or
 * criticism met with is a reaction received ("met its targets", "was met with scepticism").
 */
export const MET_NOT_A_PARTY = new Set([
  "need",
  "goal",
  "target",
  "standard",
  "challenge",
  "demand",
  "requirement",
  "commitment",
  "obligation",
  "expectation",
  "deadline",
  "criterion",
  "criteria",
  "guideline",
  "condition",
  "threshold",
  "quota",
  "cost",
  "expense",
  "payroll",
  "payment",
  "debt",
  "qualification",
  "definition",
  "test",
  "benchmark",
  "objective",
  "eye",
  "resistance",
  "opposition",
  "criticism",
  "scepticism",
  "skepticism",
  "shrug",
  "response",
  "answer",
  "silence",
  "applause",
  "praise",
  "outrage",
  "derision",
  "disbelief",
  "hostility",
  "suspicion",
  "anger",
  "backlash",
  "protest",
  "condemnation",
  "approval",
  "enthusiasm",
  "barrage",
  "concern",
  "responsibility",
  "fate",
  "moment",
  "threat",
  "hurdle",
  "timetable",
  "principle",
  "bar",
  "mark",
  "inbox",
]);

/**
 * What one "hits" that is no one attacked: a level or goal reached ("hit a record low", "hit its
 * target"), an obstacle met ("hit a snag"), a road taken ("hit the campaign trail"), a place of sale
 * or news reached ("hit the shelves", "hit the headlines").
 */
export const HIT_NOT_A_TARGET =
  /^(record|high|low|level|mark|target|goal|milestone|peak|bottom|ceiling|threshold|limit|snag|wall|road|trail|stump|shelf|shelves|store|headline|headlines|market|airwaves|ground|jackpot|button|brake|brakes|note|stride|home|chord|nerve|streets|street|spot|number|figure|point|rate)$/;

/** Weapons and the shot they fire: what "hits" for an armed party ("rockets hit the town"). */
export const WEAPONS =
  /^(rocket|missile|shell|shelling|shrapnel|bomb|bullet|mortar|drone|grenade|artillery|gunfire|projectile|explosive|munition|warplane|jet|tank|gun|rifle|sniper|gunman|gunmen|militant|insurgent|rebel|soldier|troop|force|airstrike|air-strike|raid)$/;

/**
 * What one "destroys" that is no property (CAMEO 1712 is arson, demolition, vandalism): an economy, a
 * market, a campaign, a career, trust or a system ruined in the speaker's words ("would destroy the
 * economy", "destroyed his credibility"). A party, a movement or a country "destroyed" is left to
 * who does it: an army may mean it.
 */
export const DESTROYED_ABSTRACTIONS =
  /^(economy|economies|market|markets|capitalism|socialism|democracy|constitution|system|campaign|candidacy|career|careers|reputation|credibility|integrity|legacy|brand|life|lives|livelihood|livelihoods|family|families|marriage|relationship|friendship|trust|confidence|faith|institution|institutions|idea|ideas|chance|chances|hope|hopes|future|dream|dreams|presidency|agenda|program|programme|value|values|culture|society|fabric|norm|norms|freedom|freedoms|liberty|right|rights|case|argument|narrative|middle|class|job|jobs|industry|industries|business|businesses|healthcare|care|insurance|coverage|competition|filibuster|nomination|deal|agreement|coalition|alliance|unity|morale|spirit|soul|character|identity|privacy|security|sovereignty|independence|order|rule|law|laws|tradition|traditions|partisanship|bipartisanship|consensus|process|union|unions|majority|minority|prospect|prospects)$/;

/** Social networks that statements are posted on, by name. */
export const SOCIAL_PLATFORMS =
  /^(Twitter|X|Facebook|Instagram|YouTube|TikTok|Truth Social|Telegram|Weibo|WeChat|Reddit|Snapchat|Threads|Gab|Parler|LinkedIn|Substack|Bluesky|Mastodon)$/i;

/**
 * What is "quelled" or "suppressed" that is no protest and no crowd: a controversy, criticism, fears
 * or a rumour calmed, a virus or inflation held down ("moved to quell the uproar"), no repression.
 */
export const QUELLED_MOODS =
  /^(uproar|furor|furore|controversy|controversies|criticism|criticisms|concern|concerns|fear|fears|worry|worries|anxiety|anxieties|unease|panic|speculation|rumor|rumors|rumour|rumours|doubt|doubts|anger|backlash|outrage|outcry|frustration|discontent|dissatisfaction|talk|question|questions|confusion|chatter|storm|firestorm|scandal|drama|infighting|tension|tensions|feud|dispute|debate|volatility|turmoil|jitters|nerves|inflation|virus|outbreak|pandemic|epidemic|spread|fire|fires|blaze|wildfire|flames|appetite|demand|vote|turnout|evidence|information|report|story|news|result|results|emotion|emotions|feeling|feelings|urge|instinct|cough|symptom|symptoms)$/;

// What one "shoots" that is no one shot at: a film or a picture made, a glance cast, a ball or a
// game played, a target practised on ("shot a documentary", "shot an angry glance", "shooting bottles").
export const SHOT_NOT_AT =
  /^(glance|glances|look|looks|video|videos|film|films|footage|photo|photos|photograph|photographs|picture|pictures|scene|scenes|movie|movies|documentary|documentaries|commercial|commercials|ad|ads|advert|adverts|episode|episodes|hoop|hoops|basket|baskets|pool|craps|dice|breeze|bottle|bottles|can|cans|garbage|par|birdie|eagle|bogey|portrait|portraits|selfie|selfies|clip|clips)$/;

/**
 * What one "kills" that is no one slain: a bill, a plan, a deal, a project dropped or blocked ("the
 * Senate killed the tax bill", "killed the merger"), or jobs, time and momentum lost.
 */
export const KILL_NOT_A_TARGET =
  /^(bill|measure|deal|plan|proposal|legislation|law|amendment|provision|rule|regulation|idea|project|program|programme|scheme|reform|motion|resolution|initiative|effort|bid|offer|agreement|accord|treaty|pact|merger|takeover|acquisition|contract|talk|negotiation|nomination|nominee|story|rumor|rumour|momentum|mood|chance|hope|job|jobs|growth|demand|competition|investment|sale|feature|service|product|show|series|pipeline|tax|budget|funding|subsidy|policy|filibuster|debate|vote|engine|time|light|lights|buzz|rally|recovery|dream|appetite|deficit)$/;

/**
 * Whom one "targets" without attacking them: voters, customers, audiences and markets sought out
 * ("targeted young voters", "targets Asian markets").
 */
export const TARGET_NOT_ATTACKED =
  /^(voter|voters|customer|customers|consumer|consumers|buyer|buyers|shopper|shoppers|audience|audiences|reader|readers|viewer|viewers|listener|listeners|market|markets|demographic|demographics|user|users|client|clients|investor|investors|donor|donors|subscriber|subscribers|fan|fans|electorate|constituency|constituencies|segment|segments|seat|seats|district|districts|advertiser|advertisers|millennial|millennials|inflation|growth|rate|rates|price|prices|goal|level|sale|sales|revenue|profit|earnings|spending)$/;

/**
 * A clause word that makes "beat" a sports or election result ("beat France 2-1 in the final"),
 * or an idiom ("beating the drum for a ban", "beat the heat"), not an assault; a score like "2-1" does too.
 */
export const BEAT_IN_A_CONTEST =
  /^(drum|drums|heat|rush|traffic|final|finals|semifinal|semi-final|quarterfinal|quarter-final|match|game|games|championship|championships|cup|league|tournament|title|race|election|primary|primaries|contest|playoff|playoffs|round|set|goal|goals|point|points|season|opener|series|vote|poll|polls|ballot|seat|seats|caucus|caucuses|runoff|district|nomination|expectation|expectations|estimate|estimates|forecast|forecasts|odds|record|deadline|clock|market|index|benchmark)$/;
export const SCORE = /^\d{1,3}\s*[-–]\s*\d{1,3}$/;

/** Whom "beat" defeats in a race ("beat the incumbent"), not strikes. */
export const CONTESTANTS =
  /^(incumbent|challenger|rival|opponent|candidate|nominee|frontrunner|front-runner|favorite|favourite|contender)s?$/;

/** The sectors of a party that runs for office or holds it: a politician "beaten" lost a race. */
export const POLITICAL_SECTOR = /^(GOV|LEG|ELI|OPP|PTY)$/;

/** Verbs whose object is what is shot or sent off: "fired two missiles", "launched drones". */
export const FIRE_VERBS = /^(fire|launch|shoot|lob|hurl|drop|test-fire|unleash)$/;

/** What is fired or launched: the instrument of the act, never whom it is aimed at. */
export const FIRED =
  /^(missile|rocket|shell|drone|round|bullet|projectile|mortar|grenade|bomb|torpedo|salvo|volley|barrage|shot|warhead|munition|artillery|interceptor|flare)s?$/;
