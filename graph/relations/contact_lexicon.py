"""The trigger lexicon of COMMUNICATED_WITH: the verbs and nouns of contact (the CAMEO
"consult" family that GDELT and ICEWS code, plus calls and messages), each with its ``event``,
and the small word lists ``communication`` reads its participants with. Kept apart so that
the rules read alone; the names keep their leading underscore because only the
communication modules (``communication``, ``contact_verbs``, ``contact_nouns``, ``participants``) use them.
"""

from __future__ import annotations

# verb lemma → event
VERB_EVENTS = {
    "phone": "call", "call": "call", "telephone": "call", "dial": "call",
    "meet": "meeting", "host": "meeting", "receive": "meeting", "welcome": "meeting", "greet": "meeting",
    "speak": "meeting", "talk": "meeting", "chat": "meeting", "dine": "meeting", "eat": "meeting",
    "visit": "visit",
    "negotiate": "talks", "confer": "talks", "consult": "talks", "discuss": "talks", "engage": "talks",
    "mediate": "mediation", "broker": "mediation",
    "tell": "message", "write": "message", "urge": "message", "ask": "message", "warn": "message",
    "brief": "message", "update": "message", "inform": "message", "advise": "message", "invite": "message",
    "thank": "message", "congratulate": "message", "text": "message", "email": "message",
    "message": "message", "assure": "message", "reassure": "message", "notify": "message",
    "explain": "message", "appeal": "message", "summon": "summons",
    # an order is a message to the one ordered ("instructed the envoy to …"); a speech to a body
    # is a message to it ("addressed parliament", only with an actor as its object)
    "instruct": "message", "address": "message",
    # a reminder is a message to the one reminded ("reminded the governor that …")
    "remind": "message",
    # a contact of unsaid kind, a reply to someone, a post aimed at someone ("contacted X",
    # "replied to X", "tweeted at X"; not "responded to", which is as often a reaction: "responding
    # to a surging rival"; nor a debate, which readers take for a contest, not a contact)
    "contact": "call", "reply": "message", "tweet": "message",
    # appeals: contact only when they bid their object do something (APPEAL_ONLY)
    "press": "message", "push": "message", "pressure": "message", "encourage": "message", "implore": "message",
    "beg": "message", "lobby": "message", "exhort": "message",
    "hold": None, "have": None, "send": None,  # light verbs: the event is their object noun's
    "hand": None, "deliver": None, "pass": None,  # "handed X a letter", "delivered a message to X"
    "exchange": None,  # "exchanged messages with X"
    "lodge": None, "file": None,  # "lodged a protest with X" (only what _LODGED names)
    "share": "message",  # "shared intelligence with X": only what is told is shared so (SHARED_WORDS)
    # phrasal: only with their particle or object (PHRASAL)
    "sit": "meeting", "reach": "message", "shake": "meeting",
    # a private meeting, an appeal, an apology: "huddled with X", "pleaded with X to", "apologized to X"
    "huddle": "meeting", "plead": "message", "apologize": "message", "apologise": "message",
    # meeting again someone one had lost touch with: "reconnected with X at a rally"
    "reconnect": "meeting",
    # "raised the issue with Beijing": a matter put to someone (only what RAISED_WORDS names)
    "raise": "message",
    # an envoy going back and forth between two sides: "shuttled between Beirut and Jerusalem"
    "shuttle": "mediation",
    "carry": None, "relay": None,  # "carried messages between the two delegations"
    "present": None,  # "presented her credentials to the president" (only credentials)
    # putting questions to someone, as "asked X" does: "grilled the attorney general", "questioned
    # Strand about …", "interviewed the senator" (a person only: not "questioned the decision")
    "question": "message", "quiz": "message", "grill": "message", "interview": "message",
    # going up to someone to speak ("approached her and said …", "was approached by X about …"; a
    # person only: not "approached the issue", "as the vote approached")
    "approach": "message",
}
# verbs that are contact only with this particle or object: "sat down with", "reached out to",
# "shook hands with"
PHRASAL = {"sit": ("prt", "down"), "reach": ("prt", "out"), "shake": ("dobj", "hands")}
# verb lemma → prepositions naming the other side ("spoke with X", "wrote to X")
VERB_PREPS = {"speak": ("with", "to"), "talk": ("with", "to"), "chat": ("with",), "write": ("to",),
              "dine": ("with",), "eat": ("with",),
              "meet": ("with",), "confer": ("with",), "negotiate": ("with",), "discuss": ("with",),
              "consult": ("with",), "engage": ("with",), "hold": ("with",), "have": ("with",),
              "send": ("to",), "hand": ("to",), "deliver": ("to",), "pass": ("to",), "explain": ("to",), "exchange": ("with",), "sit": ("with",), "reach": ("to",),
              "shake": ("with",), "appeal": ("to",), "share": ("with",), "mediate": ("between",), "broker": ("between",),
              "huddle": ("with",), "reconnect": ("with",), "plead": ("with",), "reply": ("to",), "tweet": ("at", "to"), "lodge": ("with",), "file": ("with",), "apologize": ("to",), "apologise": ("to",),
              "raise": ("with",), "shuttle": ("between",), "carry": ("between",), "relay": ("between",),
              "present": ("to",)}
# verbs of appeal that reach their object only when they bid it do something ("pressed both
# sides to settle", "pushed senators to reject the deal"; not "pressed the case", "pushed a bill")
APPEAL_ONLY = {"press", "push", "pressure", "encourage", "implore", "beg", "exhort"}
# verbs whose object is the other side ("met X", "told X"); the rest need a preposition
OBJECT_VERBS = {"phone", "call", "telephone", "dial", "meet", "host", "receive", "welcome", "greet", "visit",
                "consult", "tell", "urge", "ask", "warn", "brief", "update", "inform", "advise", "invite",
                "thank", "congratulate", "text", "email", "message", "assure", "reassure", "notify", "summon",
                "hand", "instruct", "address", "contact", "lobby", "question", "quiz", "grill",
                "interview", "remind", "approach"} | APPEAL_ONLY
# what is told when it is shared with someone ("shared intelligence with Kyiv"; not "shares a
# border with", "shared the stage with")
SHARED_WORDS = {"information", "intelligence", "details", "data", "evidence", "findings", "views", "thoughts",
                "concerns", "assessment", "assessments", "plan", "plans", "proposal", "proposals", "message",
                "letter", "documents", "names", "list", "update", "updates", "news", "results", "analysis"}
# what is raised with someone: "raised the issue with Beijing", "raised concerns with X" (not
# "raised funds with donors", "raised rates")
RAISED_WORDS = {"issue", "issues", "matter", "matters", "question", "questions", "concern", "concerns", "case",
                "subject", "topic", "problem", "problems", "objection", "objections", "complaint", "complaints",
                "grievance", "grievances", "possibility", "prospect", "proposal", "idea", "plight"}
# verbs whose object is a person only ("hosted a dinner", "thanked the country" are no meeting)
PERSON_OBJECT_VERBS = {"host", "receive", "welcome", "greet", "thank", "congratulate", "question", "quiz",
                       "grill", "interview", "approach"}
# verbs whose plural subject communicates within itself: "Rubio and Lavrov met"
RECIPROCAL_VERBS = {"speak", "talk", "meet", "confer", "chat", "negotiate", "shake", "huddle", "sit", "discuss"}
# of those, the ones that are mutual by themselves ("X and Y met", "X and Y shook hands", "X and
# Y discussed the border"; "X and Y spoke" may be two speeches)
MUTUAL_VERBS = {"meet", "confer", "negotiate", "shake", "huddle", "discuss"}
# of those, the ones whose object is the matter, not the other side ("X and Y discussed trade",
# "X and Y negotiated a truce")
MATTER_OBJECT_VERBS = {"discuss", "negotiate"}
# verbs that carry a message only when their object is one ("handed X a letter", not "handed
# over the keys")
CARRYING_VERBS = {"send", "hand", "deliver", "pass", "carry", "relay"}
# verbs whose subject hosts or mediates the event named by their object ("China hosted talks between …")
MEDIATING_VERBS = {"host", "mediate", "broker", "facilitate", "convene", "organize", "organise", "sponsor",
                   "moderate", "chair", "oversee", "shuttle"}
# verbs whose subject takes part in the event named by their object ("held talks", "concluded a round of talks")
TAKING_PART_VERBS = {"hold", "have", "conduct", "conclude", "begin", "resume", "end", "open", "complete",
                     "start", "attend", "join", "wrap", "finish", "continue", "pay", "make",  # "paid a visit to"
                     # "spent Tuesday meeting with X": the parser reads the gerund as the noun spent
                     "spend"}
# verbs whose subject sends the call or message named by their object: "placed a call to X",
# "penned a note to Z", "signed a letter to X" (the signers send it: a chamber's caucus that signs is
# its own group, not the party, ``entities.collectives``); and those whose
# subject gets it: "got a call from X"
SENDING_VERBS = {"place", "pen", "fire", "give", "sign"}  # "gave a briefing to X", "signed a letter to X"
GETTING_VERBS = {"receive", "get", "take"}

# verbs that gather their object in one place: "the summit brought together X, Y and Z",
# "convened the leaders of X and Y" (with "bring" only with its particle "together")
GATHERING_VERBS = {"bring", "gather", "convene"}

# verbs of going somewhere: "arrived in Beijing for a visit", "flew to Lima on a visit" (the
# place is the host)
ARRIVAL_VERBS = {"arrive", "travel", "fly", "go", "come", "head", "land", "be", "return", "set"}

# noun lemma → event
NOUN_EVENTS = {
    "call": "call", "conversation": "call", "phone": "call", "phonecall": "call",
    "videoconference": "call", "teleconference": "call", "videocall": "call",
    "meeting": "meeting", "summit": "meeting", "talk": "meeting", "chat": "meeting", "conference": "meeting",
    "exchange": "meeting", "encounter": "meeting", "interaction": "meeting",
    # a meal together is a meeting: "had breakfast with X", "a dinner with Y"
    "breakfast": "meeting", "lunch": "meeting", "luncheon": "meeting", "dinner": "meeting", "meal": "meeting",
    # and so is a drink together: "had a beer with X", "over coffee with Y"
    "beer": "meeting", "drink": "meeting", "drinks": "meeting", "coffee": "meeting",
    "visit": "visit", "trip": "visit",
    "talks": "talks", "diplomacy": "talks", "negotiation": "talks", "negotiations": "talks", "discussion": "talks",
    "discussions": "talks", "consultation": "talks", "consultations": "talks", "dialogue": "talks",
    "mediation": "mediation", "mediator": "mediation", "mediators": "mediation", "broker": "mediation",
    "argument": "meeting", "quarrel": "meeting", "spat": "meeting", "contact": "call", "contacts": "call",
    "letter": "message", "message": "message", "briefing": "message",
    # written messages, which need their "to" side ("in an email to X", "a memo to Y")
    "email": "message", "e-mail": "message", "memo": "message", "memorandum": "message", "note": "message",
    "voicemail": "message", "telegram": "message",
    "input": "message",  # "drawn up with input from X": X advised those who drew it up
    "summons": "summons",
    "touch": "call",  # "in touch with X" (only after "in")
}
# A state's envoys abroad, singular and plural: called home, any of them is a break with the
# host ("recalled its ambassador", "withdrew its diplomats"; read by ``hostilities`` too)
STATE_ENVOYS = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats"})
# The heads of a state's mission, who stand for the state when the article does not name them:
# "summoned the Argentine ambassador", "the Danish charge d'affaires" (one person: singular only)
HEADS_OF_MISSION = frozenset({"ambassador", "d'affaires", "d\u2019affaires"})
# nouns that stand for the country or leader that sent them ("the U.S. delegation")
PARTY_NOUNS = {"delegation", "delegations", "negotiator", "negotiators", "envoy", "envoys", "official",
               "officials", "representative", "representatives", "diplomat", "diplomats", "team", "teams",
               "counterpart", "counterparts", "minister", "ministers", "mediator", "mediators", "government",
               "governments", "leader", "leaders", "side", "sides", "partner", "partners", "authorities",
               "administration", "administrations",
               # a regime stands for its state ("the Syrian regime"), and so do its envoys and
               # the heads of its mission ("summoned the Argentine ambassador")
               "regime", "regimes", "ministry"} | STATE_ENVOYS | HEADS_OF_MISSION
# "the two leaders", "both sides": the pair just named
PAIR_NOUNS = {"leaders": "person", "men": "person", "women": "person", "ministers": "person",
              "presidents": "person", "diplomats": "person", "envoys": "person", "counterparts": "person",
              "sides": None, "parties": None, "countries": "country", "nations": "country",
              "governments": "country", "delegations": None}
PAIR_WORDS = {"two", "both"}
# "the three leaders met": the group of that many just named, at a summit of several
GROUP_COUNTS = {"three": 3, "four": 4, "five": 5}
# singular nouns for one person: they stand for a named person, never for the country
# titles of officials a description such as "the British minister" may stand for (not heads of state)
OFFICE_WORDS = {"minister", "secretary", "envoy", "ambassador", "diplomat", "official", "negotiator",
                "representative", "chief", "adviser", "advisor", "aide", "spokesman", "spokeswoman"}
ONE_PERSON = {"counterpart", "official", "diplomat", "envoy", "minister", "negotiator", "representative",
              "ambassador", "mediator", "leader", "d'affaires", "d\u2019affaires"}
ACTOR_TYPES = ("person", "country", "organization")
