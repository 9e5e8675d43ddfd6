"""The words the demo practice is built from: names, clients' own phrasings, and sentence banks
for believable (entirely fictional) clinical notes.

Kept apart from `demo.py` so the builder stays readable. Placeholders: ``{name}`` the client's
first name, ``{goal}`` a goal in short, ``{exercise}`` the exercise agreed last time, ``{n}`` the
session number.
"""

from __future__ import annotations

from dataclasses import dataclass

# -- people -----------------------------------------------------------------------------------
# (first names as "name:gender", surnames, a few names in their own script as (display, legal,
# gender)); gender is f, m or u (either), only to make the usual pronouns likely.
NAME_POOLS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, str, str], ...]]] = {
    "english": (
        ("Olivia:f", "Jack:m", "Amelia:f", "Harry:m", "Isla:f", "Oscar:m", "Freya:f", "Callum:m",
         "Rosie:f", "Sam:u", "Megan:f", "Rhys:m", "Imogen:f", "Theo:m", "Bethany:f", "Alfie:m"),
        ("Thompson", "Walker", "Hughes", "Bennett", "Fletcher", "Morgan", "Clarke", "Patel-Jones",
         "Whitaker", "O'Neill", "Ashworth", "Doyle"),
        (),
    ),
    "irish": (
        ("Siobhán:f", "Niamh:f", "Oisín:m", "Aoife:f", "Ciarán:m", "Róisín:f", "Seán:m", "Éabha:f"),
        ("Ó Briain", "Mac Giolla", "Kavanagh", "Ní Dhomhnaill", "Byrne", "Ó Súilleabháin"),
        (),
    ),
    "spanish": (
        ("José:m", "María:f", "Lucía:f", "Andrés:m", "Sofía:f", "Martín:m", "Inés:f", "Álvaro:m",
         "Ana-María:f", "Begoña:f", "Iñaki:m", "Ximena:f"),
        ("García", "Fernández", "Núñez", "Muñoz", "Peña", "Ibáñez", "Santos Ruiz", "Echeverría"),
        (),
    ),
    "french": (
        ("François:m", "Chloé:f", "Hélène:f", "Joël:m", "Océane:f", "Thérèse:f", "Loïc:m",
         "Maëlle:f", "Zoë:f"),
        ("Lefèvre", "Dubois", "Moreau", "Béranger", "Rousseau", "Girard", "Mercier"),
        (),
    ),
    "german": (
        ("Jürgen:m", "Lena:f", "Lukas:m", "Anaïs:f", "Jörg:m", "Leonie:f", "Maximilian:m",
         "Bärbel:f"),
        ("Müller", "Schröder", "Weiß", "Krüger", "Hoffmann", "Köhler", "Vogel"),
        (),
    ),
    "nordic": (
        ("Søren:m", "Åsa:f", "Björn:m", "Ingrid:f", "Eiríkur:m", "Sigrún:f", "Mikkel:m", "Liv:f",
         "Jóhanna:f"),
        ("Kjærgaard", "Lindqvist", "Håkansson", "Berg", "Nyström", "Østergaard"),
        (),
    ),
    "central_european": (
        ("Łukasz:m", "Zuzana:f", "Małgorzata:f", "Tomáš:m", "Agnieszka:f", "Jiří:m", "Kateřina:f",
         "Bartosz:m"),
        ("Dvořák", "Wójcik", "Nowak", "Kowalczyk", "Horváth", "Novák", "Kaczmarek"),
        (),
    ),
    "portuguese": (
        ("João:m", "Conceição:f", "Thiago:m", "Letícia:f", "Gonçalo:m", "Luísa:f", "Caio:m",
         "Fernanda:f"),
        ("Gonçalves", "Simões", "Araújo", "Magalhães", "Conceição", "Brandão"),
        (),
    ),
    "turkish": (
        ("Ayşe:f", "Mehmet:m", "Elif:f", "Çağan:m", "Gülşen:f", "Barış:m", "Şule:f", "Emre:m"),
        ("Yılmaz", "Şahin", "Öztürk", "Çelik", "Doğan", "Aydın"),
        (),
    ),
    "arabic": (
        ("Layla:f", "Omar:m", "Yasmin:f", "Karim:m", "Nour:f", "Rania:f", "Tariq:m", "Hana:f"),
        ("Haddad", "Al-Masri", "Nasser", "Khalil", "Saleh", "Mansour"),
        (("ليلى ح.", "ليلى حداد", "f"), ("عمر خ.", "عمر خليل", "m")),
    ),
    "west_african": (
        ("Ngozi:f", "Chinedu:m", "Adaeze:f", "Oluwaseun:m", "Folake:f", "Kwame:m", "Abena:f",
         "Tunde:m"),
        ("Okafor", "Adeyemi", "Mensah", "Nwosu", "Owusu", "Balogun"),
        (),
    ),
    "south_asian": (
        ("Priya:f", "Arjun:m", "Ananya:f", "Rohan:m", "Deepika:f", "Imran:m", "Nisha:f", "Sanjay:m",
         "Farah:f"),
        ("Sharma", "Iyer", "Chaudhry", "Menon", "Banerjee", "Qureshi", "Reddy"),
        (),
    ),
    "chinese": (
        ("Wei:m", "Mei:f", "Jun:u", "Xiaoling:f", "Hao:m", "Yan:f", "Lin:u", "Zhen:m"),
        ("Chen", "Wang", "Li", "Zhang", "Liu", "Huang"),
        (("王芳", "王芳", "f"), ("李明", "李明", "m"), ("陈静", "陈静", "f")),
    ),
    "japanese": (
        ("Haruka:f", "Kenji:m", "Yuki:u", "Sora:u", "Aiko:f", "Daichi:m"),
        ("Satō", "Takahashi", "Itō", "Yamamoto", "Kobayashi"),
        (("佐藤 花子", "佐藤 花子", "f"),),
    ),
    "korean": (
        ("Ji-woo:u", "Min-jun:m", "Seo-yeon:f", "Hyun-woo:m", "Da-eun:f"),
        ("Kim", "Park", "Choi", "Jeong", "Han"),
        (("김지우", "김지우", "u"),),
    ),
    "vietnamese": (
        ("Thảo:f", "Minh:m", "Ngọc:f", "Quang:m", "Lan:f", "Đức:m"),
        ("Nguyễn", "Trần", "Lê", "Phạm", "Vũ"),
        (),
    ),
    "greek": (
        ("Eleni:f", "Dimitris:m", "Katerina:f", "Nikos:m", "Sofia:f"),
        ("Papadakis", "Georgiou", "Nikolaidis", "Konstantinou"),
        (("Δημήτρης Π.", "Δημήτρης Παπαδόπουλος", "m"),),
    ),
    "russian": (
        ("Anastasia:f", "Dmitri:m", "Olga:f", "Yulia:f", "Pavel:m"),
        ("Ivanov", "Sokolov", "Kuznetsov", "Morozov"),
        (("Мария И.", "Мария Иванова", "f"), ("Алексей С.", "Алексей Смирнов", "m")),
    ),
    "hebrew": (
        ("Noa:u", "Yael:f", "Eitan:m", "Tamar:f", "Ariel:u"),
        ("Cohen", "Levi", "Mizrahi", "Friedman"),
        (("נועה כ.", "נועה כהן", "f"),),
    ),
    "persian": (
        ("Shirin:f", "Dariush:m", "Parisa:f", "Kian:m", "Leila:f"),
        ("Tehrani", "Hosseini", "Karimi", "Rahimi"),
        (),
    ),
}

# Pronouns by the gender usually read from a first name; anyone may use any pronouns.
PRONOUNS: dict[str, tuple[tuple[str, int], ...]] = {
    "f": (("she/her", 84), ("she/they", 5), ("they/them", 4), ("", 6), ("he/him", 1)),
    "m": (("he/him", 84), ("he/they", 5), ("they/them", 4), ("", 6), ("she/her", 1)),
    "u": (("they/them", 35), ("she/her", 25), ("he/him", 25), ("ze/zir", 5), ("", 10)),
}

# "How I like to work", in the client's own voice, by topic (keys of clients.PREFERENCE_TOPICS).
PREFERENCES: dict[str, tuple[str, ...]] = {
    "pace": (
        "Slow is fine. I need time to find the words, so please don't rush to fill the silence.",
        "I like to get straight into it; small talk at the start makes me more nervous.",
        "Some weeks I'll want to go deep and some weeks I won't. Can we check at the start?",
        "Please give me a heads-up ten minutes before the end so I can put myself back together.",
        "I think fast and talk fast. Slow me down if I'm skating over something.",
        "One thing per session is plenty for me.",
    ),
    "directness": (
        "Tell me straight if you think I'm avoiding something. I can take it.",
        "Gentle, please. I'm hard enough on myself already.",
        "I like it when you say what you're noticing, as long as you ask me if it fits.",
        "Please don't tiptoe around my family stuff; I'd rather you just ask.",
        "If you disagree with me, say so. I'd rather argue it out than wonder what you think.",
        "I don't always know what I feel, so questions are better than guesses.",
    ),
    "practices": (
        "Yes to small things between sessions, but nothing that needs a lot of writing.",
        "I'm not a homework person. Ideas to try are fine if there's no pressure.",
        "Give me something concrete to practise — I like having a plan for the week.",
        "Voice notes work better for me than writing things down.",
        "I'd like exercises I can do on the bus or on a break at work.",
        "Please don't give me more than one thing at a time.",
    ),
    "language": (
        "I'd rather not use clinical words about myself. 'A hard week' is fine; 'depressive episode' isn't.",
        "English is my second language; please check that I understood, especially about feelings.",
        "I'm happy to switch to Spanish words when I can't find the English one.",
        "Swearing is okay. It's how I talk when I'm being honest.",
        "Please use my name, not 'the client', in anything I read.",
        "I like metaphors and pictures more than lists.",
    ),
    "what_helps": (
        "When you summarise what I've said at the end. It helps me take it home.",
        "Walking sessions or at least being able to move around.",
        "Humour. I cope by laughing and I don't want that to be seen as avoiding.",
        "Having water and a few minutes to settle before we start.",
        "Writing things on the whiteboard so I can see them.",
        "Knowing what we're going to do before we do it.",
        "When you remember small things I told you weeks ago.",
    ),
    "what_doesnt": (
        "Being asked 'how does that make you feel' over and over.",
        "Long silences — they make me panic and I start apologising.",
        "Breathing exercises in the room; they make me more anxious, not less.",
        "Being told I'm 'resilient'. I'm tired of being resilient.",
        "Talking about my childhood before I'm ready.",
        "When sessions run over; I have to pick up my kids straight after.",
        "Worksheets. They remind me of school.",
    ),
}


# -- presenting themes ------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class GoalSeed:
    short: str  # used inside sentences: "working on {goal}"
    title: str  # the client's own words
    why: str
    first_steps: str
    signs: str
    levels: tuple[str, str, str, str, str]  # the client's words for -2 … +2


@dataclass(frozen=True, slots=True)
class ExerciseSeed:
    title: str
    instructions: str
    kind: str  # self-reflection | mindfulness | emotional regulation | other
    frequency: str


@dataclass(frozen=True, slots=True)
class Theme:
    label: str
    goals: tuple[GoalSeed, ...]
    subjective: tuple[str, ...]
    assessment: tuple[str, ...]
    interventions: tuple[str, ...]
    private: tuple[str, ...]
    summary: tuple[str, ...]
    exercises: tuple[ExerciseSeed, ...]


THEMES: tuple[Theme, ...] = (
    Theme(
        label="work stress and saying no",
        goals=(
            GoalSeed("saying no at work",
                     "I want to be able to say no to extra shifts without feeling sick about it.",
                     "I'm exhausted and I keep cancelling on my friends because of work.",
                     "Notice when I say yes on autopilot. Try one 'let me check and get back to you'.",
                     "I'll have at least one evening a week that work doesn't touch.",
                     ("I'm saying yes to everything and missing sleep.",
                      "I say yes to almost everything and feel awful.",
                      "I can say no or 'later' at least once a week.",
                      "I say no when I need to and the guilt passes quickly.",
                      "I set my hours and people work around them.")),
            GoalSeed("switching off after work",
                     "I'd like to stop checking emails at 11 at night.",
                     "My partner says I'm never really at home even when I'm there.",
                     "Phone in the hallway after nine. Tell my team I answer in the morning.",
                     "Sleeping through, and not waking up already writing replies in my head.",
                     ("Checking every hour, even at night.",
                      "Checking most evenings.",
                      "Most evenings without email after nine.",
                      "Evenings are mine nearly every day.",
                      "I don't even think about email after work.")),
            GoalSeed("asking for help",
                     "I want to ask for help before I'm drowning, not after.",
                     "I always wait until it's a crisis and then I feel like a failure.",
                     "Name one thing a week that someone else could do.",
                     "I'll have asked my manager for a realistic deadline at least once.",
                     ("I hide that I'm struggling until I break.",
                      "I ask only when it's already too late.",
                      "I ask for help with one thing before it's urgent.",
                      "Asking feels fairly normal.",
                      "I plan my work with others from the start.")),
        ),
        subjective=(
            "{name} described another week of long hours and said, 'I kept saying yes before I'd even thought about it.'",
            "{name} reported taking on two extra shifts after a colleague called in sick and feeling resentful by Thursday.",
            "{name} said the team meeting on Monday left {them} feeling 'invisible and overloaded at the same time'.",
            "{name} noticed the familiar tight chest on Sunday evening while thinking about the week ahead.",
            "{name} reported one evening without checking email and described it as 'strange, then actually nice'.",
            "{name} said {their} manager praised {their} reliability, which felt good for an hour and then heavy.",
            "{name} spoke about lying awake composing replies to messages that had not arrived yet.",
            "{name} reported snapping at {their} partner after a twelve-hour day and felt ashamed afterwards.",
            "{name} described saying 'let me check and get back to you' once this week and was surprised nothing bad happened.",
            "{name} mentioned that the restructuring at work has been announced and rumours are making everyone tense.",
            "{name} said weekends are being spent 'recovering' rather than living.",
        ),
        assessment=(
            "The pattern of over-commitment appears driven by a strong belief that worth depends on usefulness to others.",
            "Stress symptoms are closely tied to workload peaks; {name} is beginning to notice the early signs rather than only the crash.",
            "There is growing capacity to tolerate the discomfort of disappointing others, which is central to {goal}.",
            "Sleep disruption is maintaining fatigue and lowering the threshold for irritability.",
            "{name} shows good insight into the costs of the current pattern; the work now is behavioural, not only understanding.",
            "Resentment seems to be a useful signal of boundaries being crossed, and {name} is starting to treat it that way.",
        ),
        interventions=(
            "Mapped the chain from a request at work to the automatic 'yes', looking for the moment a pause was possible.",
            "Role-played two ways of declining an extra shift; {name} chose the wording that felt most like {their} own voice.",
            "Explored the family rule 'you don't complain, you get on with it' and how it shows up at work.",
            "Used a values card sort to separate what {name} wants from what {they} {feel} {they} should want.",
            "Worked on a realistic weekly plan that protects one evening and two hours at the weekend.",
            "Reviewed the costs and benefits of the current pattern using {name}'s own examples from this week.",
        ),
        private=(
            "Noticed I wanted to rescue {name} from the manager, which is probably exactly the pull everyone feels around {them}. Hold that.",
            "My own week has been heavy; I was more tired than usual and may have been less curious. Worth watching.",
            "{name} apologised three times for 'going on'. Echoes {their} role at home. Might name it gently next time.",
            "I said more than I meant to about my own approach to email. Keep the focus on {name}.",
            "Wonder whether the over-working is also keeping grief about the father at arm's length. Not yet.",
        ),
        summary=(
            "We looked at what happens in the seconds after someone asks you for something, and found a place where you could pause.",
            "You practised saying 'let me check and get back to you' in your own words, and it sounded like you.",
            "We talked about how resentment can be a sign that a line has been crossed, rather than a sign that you're a bad colleague.",
            "You noticed that the evening without email was strange at first and then good. That's worth building on.",
        ),
        exercises=(
            ExerciseSeed("The pause before yes", "When someone asks you for something, say 'let me check and get back to you' and notice what happens in your body.", "emotional regulation", "whenever asked, at least once"),
            ExerciseSeed("Phone in the hallway", "After 9 pm, leave your phone in the hallway. Write down what you did with the evening instead.", "other", "three evenings this week"),
            ExerciseSeed("Resentment notes", "When you feel resentful, jot down one line: what was asked, what you said, what you wanted to say.", "self-reflection", "as it happens"),
            ExerciseSeed("Sunday check-in", "On Sunday evening, take ten minutes to plan one protected evening for the week.", "self-reflection", "weekly, Sunday"),
        ),
    ),
    Theme(
        label="grief after a bereavement",
        goals=(
            GoalSeed("living alongside the loss",
                     "I want to be able to talk about Mum without falling apart every time.",
                     "I'm avoiding everyone who knew her, and I'm lonely.",
                     "Look at one photo a week. Tell my sister one memory.",
                     "I'll be able to say her name at a family dinner.",
                     ("I can't think about her at all without collapsing.",
                      "Thinking about her is mostly unbearable.",
                      "I can talk about her with one or two people.",
                      "Memories come with warmth as well as pain.",
                      "I can share stories about her and sometimes laugh.")),
            GoalSeed("getting back into daily life",
                     "I'd like to get out of the house more than once a week.",
                     "I've stopped doing the things I used to love, like the choir.",
                     "One short walk a day. Email the choir leader.",
                     "I'll have gone back to choir, even if I leave early.",
                     ("I don't leave the house.",
                      "I go out only when I have to.",
                      "I get out most days for something I chose.",
                      "I'm back to some of my old routines.",
                      "My week has things in it I look forward to.")),
            GoalSeed("sleeping properly again",
                     "I want to sleep through the night, or at least not dread going to bed.",
                     "Nights are when it all comes back.",
                     "Same bedtime every night. Radio instead of scrolling.",
                     "Waking up once, not four times.",
                     ("I hardly sleep.", "I sleep in bits and dread the night.",
                      "I sleep most of the night most nights.", "Sleep is mostly okay.",
                      "I sleep well and bedtime is not scary.")),
        ),
        subjective=(
            "{name} said the anniversary is approaching and {they} {have} been 'bracing for it' for weeks.",
            "{name} reported clearing out one drawer of {their} mother's things and then sitting on the floor for an hour.",
            "{name} described a dream in which {their} mother was alive and annoyed about something trivial, and woke up laughing and crying.",
            "{name} said friends have stopped asking how {they} {are}, which is both a relief and a loss.",
            "{name} reported going back to the choir for the first rehearsal and leaving at the break.",
            "{name} spoke about guilt for not visiting more in the last year of {their} mother's illness.",
            "{name} said a song in the supermarket 'ambushed' {them} and {they} left the trolley in the aisle.",
            "{name} reported that nights remain the hardest, with waking around 3 am and replaying the hospital.",
            "{name} described feeling angry at a sibling for 'moving on too fast' and then ashamed of the anger.",
            "{name} said {they} told {their} sister one memory this week and both of them laughed for the first time.",
        ),
        assessment=(
            "Presentation is consistent with grief that is painful but moving; there are signs of oscillation between loss-focused and restoration-focused activity.",
            "Avoidance of reminders is easing gradually, which is supporting {goal}.",
            "Guilt about the final months is a central theme and seems to block access to warmer memories.",
            "{name}'s social withdrawal has reduced support at the time it is most needed.",
            "Sleep disturbance is maintained partly by night-time rumination about the hospital.",
            "There is no indication of complicated grief at this stage; monitoring continues given the anniversary.",
        ),
        interventions=(
            "Invited {name} to tell the story of the last visit at {their} own pace, pausing when it became too much.",
            "Explored the guilt using the question 'what did you know then, and what could you do with it?'",
            "Used a continuing-bonds frame: what {name} carries forward from {their} mother, not only what was lost.",
            "Planned a gentle return to one valued activity with a clear exit option.",
            "Worked on a short wind-down routine for nights, including what to do at 3 am.",
            "Wrote an unsent letter together, with {name} choosing which parts to read aloud.",
        ),
        private=(
            "Strong pull of my own losses today. Took it to supervision. I think I stayed with {name}, but I was quieter than usual.",
            "The anger at the sibling felt important and barely touched. Come back to it carefully.",
            "{name} looked at me for reassurance about the guilt. I resisted giving it too fast. Right call, I think.",
            "Wondering whether {name} protects me from how bad the nights are.",
        ),
        summary=(
            "You told me about the last visit, and we stopped whenever you needed to. You decided how much to say.",
            "We talked about what you carry forward from your mum — her stubbornness, her songs — as well as what's gone.",
            "We planned a way back into choir that lets you leave at the break without it counting as failing.",
            "We looked at a plan for the 3 am wake-ups: radio, a glass of water, and the card with three sentences on it.",
        ),
        exercises=(
            ExerciseSeed("One memory a week", "Choose one memory of your mum and tell it to someone, or write it down if that feels better.", "self-reflection", "once a week"),
            ExerciseSeed("Night card", "Keep the card by the bed. If you wake at 3 am, read it, put the radio on low and stay lying down.", "emotional regulation", "each night you wake"),
            ExerciseSeed("Short daily walk", "A ten-minute walk each day, same time if possible. Notice three things you can see.", "mindfulness", "daily"),
        ),
    ),
    Theme(
        label="panic and health anxiety",
        goals=(
            GoalSeed("riding out panic",
                     "I want to get through a panic attack without going to A&E.",
                     "I've been to hospital three times this year and every time it was nothing.",
                     "Learn what a panic attack is doing in my body. Try the 'ride the wave' card once.",
                     "I'll have had a panic attack at home and stayed home.",
                     ("I call an ambulance every time.", "I usually end up at A&E.",
                      "I can stay home through most attacks.", "Attacks are rarer and shorter.",
                      "I hardly think about panic any more.")),
            GoalSeed("going on the tube again",
                     "I'd like to take the tube to work again instead of the two-hour bus.",
                     "I'm losing four hours a day and I miss seeing my friends in town.",
                     "One stop, off-peak, with a friend.",
                     "Taking the tube alone at rush hour, even if I'm nervous.",
                     ("I can't go near a station.", "I only go with someone, off-peak.",
                      "I go alone off-peak.", "I go at busy times too.",
                      "I travel however is quickest.")),
            GoalSeed("checking my body less",
                     "I want to stop taking my pulse twenty times a day.",
                     "The checking makes me more scared, not less.",
                     "Count the checks for a week without trying to change them.",
                     "Fewer than five checks a day.",
                     ("I check constantly.", "I check many times a day.",
                      "I check a few times a day.", "I rarely check.",
                      "I've forgotten where my pulse is.")),
        ),
        subjective=(
            "{name} reported two panic attacks this week, one on the bus and one in bed, and stayed home for both.",
            "{name} said {they} took {their} pulse 'maybe thirty times' on Tuesday after reading about heart conditions online.",
            "{name} described the tube trip: one stop with a friend, heart racing, 'but I didn't get off early'.",
            "{name} noticed that the attacks seem to come when {they} finally {sit} down after a busy day.",
            "{name} reported avoiding coffee completely and wondered if that was helping or another safety behaviour.",
            "{name} said a colleague's sudden illness set off a week of body scanning and reassurance seeking.",
            "{name} reported a night without checking and said, 'I kept wanting to, and then I fell asleep.'",
            "{name} described feeling dizzy in the supermarket queue and using the 'ride the wave' card.",
            "{name} spoke about {their} father's heart attack when {they} {were} twelve and how it is always in the background.",
        ),
        assessment=(
            "Panic symptoms are maintained by catastrophic interpretation of normal bodily sensations and by checking and reassurance seeking.",
            "{name} is testing predictions in a planned way; the results so far are disconfirming the feared outcome.",
            "Avoidance of public transport has narrowed {name}'s life considerably; exposure is progressing steadily towards {goal}.",
            "Safety behaviours (carrying water, sitting near exits, checking pulse) are reducing but still present.",
            "The link between the father's heart attack and current health fears is now explicit, which {name} found helpful.",
            "Frequency of attacks is down; anticipatory anxiety remains the bigger obstacle.",
        ),
        interventions=(
            "Drew a vicious-cycle diagram of the last attack using {name}'s own words for each step.",
            "Did an interoceptive exercise (spinning in the chair for thirty seconds) to bring on dizziness in a safe setting.",
            "Planned the next step on the travel ladder and wrote down the prediction to test.",
            "Explored the costs of checking and reassurance seeking; {name} chose to log rather than stop all at once.",
            "Psychoeducation on adrenaline and the fight-or-flight response, with a one-page summary to take home.",
            "Reviewed the prediction from last week against what actually happened.",
        ),
        private=(
            "I felt a flicker of worry myself when {name} described the chest pain. Good that the GP check is done; no need to collude with more checking.",
            "{name} asked me to promise {they} won't die. I didn't. Felt cruel and right at once.",
            "Possibly moving too fast on exposure because {name} is so keen to please. Ask about that directly.",
            "The father story: I suspect there is more there than health anxiety.",
        ),
        summary=(
            "We drew the panic cycle from your last attack and found two places where it could be interrupted.",
            "You brought on dizziness on purpose in the session and noticed that it passed without anything bad happening.",
            "We planned the next step for the tube: two stops, off-peak, on your own, and wrote down what you expect to happen.",
            "We agreed that you'll count your pulse checks this week rather than trying to stop them.",
        ),
        exercises=(
            ExerciseSeed("Ride the wave", "When panic rises, read the card, let the feeling peak without fighting it, and note how long it lasted.", "emotional regulation", "each time it happens"),
            ExerciseSeed("Travel step", "Take the next step on your travel ladder. Write your prediction before and what happened after.", "other", "twice this week"),
            ExerciseSeed("Check log", "Make a tally mark each time you check your pulse or search symptoms. No need to stop, just count.", "self-reflection", "daily"),
        ),
    ),
    Theme(
        label="low mood and motivation",
        goals=(
            GoalSeed("getting up in the morning",
                     "I want to be up and dressed by ten most days.",
                     "The days disappear and then I hate myself by the evening.",
                     "Alarm across the room. Open the curtains before anything else.",
                     "Up by ten on five days out of seven.",
                     ("I stay in bed most of the day.", "I'm up after midday most days.",
                      "Up by ten most days.", "Up by nine with a plan for the day.",
                      "Mornings feel like mine again.")),
            GoalSeed("doing things I used to enjoy",
                     "I'd like to play guitar again, even badly.",
                     "I used to be someone who made things.",
                     "Guitar out of the case and in the living room.",
                     "Playing for fifteen minutes twice a week.",
                     ("I haven't touched it in a year.", "I look at it and feel guilty.",
                      "I play sometimes.", "I play most weeks and enjoy it.",
                      "I'm learning new songs.")),
            GoalSeed("being kinder to myself",
                     "I want to stop calling myself lazy and useless all day.",
                     "That voice is with me from the moment I wake up.",
                     "Notice the voice and write down what it said.",
                     "Being able to answer it back at least sometimes.",
                     ("The voice runs everything.", "I believe it most of the time.",
                      "I can notice it and not always believe it.", "I can answer it back.",
                      "It's quiet most days.")),
            GoalSeed("seeing people again",
                     "I want to see my friends instead of making excuses.",
                     "I miss them but I'm embarrassed about how I've been.",
                     "Reply to one message this week.",
                     "Meeting one friend for a coffee.",
                     ("I ignore everyone.", "I reply occasionally.",
                      "I see someone every couple of weeks.", "I see friends most weeks.",
                      "I'm making plans without dread.")),
        ),
        subjective=(
            "{name} reported getting up before ten on three days this week and said it 'didn't fix anything, but it helped'.",
            "{name} described a flat week with little energy and said the evenings were the worst.",
            "{name} said {they} took the guitar out of the case and played one song, then put it away feeling sad rather than happy.",
            "{name} reported cancelling on a friend again and spending the evening criticising {themselves}.",
            "{name} noticed the critical voice was 'quieter on the day I went for a walk'.",
            "{name} said {they} replied to a message from an old friend after three weeks and the friend was just glad to hear from {them}.",
            "{name} described sleeping late and then feeling {they} had 'wasted the whole day before it started'.",
            "{name} reported that the new medication from the GP is making {them} slightly nauseous but {they} {are} sticking with it.",
            "{name} said {they} cooked a proper meal on Saturday for the first time in weeks.",
        ),
        assessment=(
            "Mood remains low but there are early signs of increased activity, which is consistent with a behavioural activation approach.",
            "Self-criticism is pervasive and seems to maintain withdrawal; {name} is beginning to notice it as a voice rather than a fact.",
            "Withdrawal from friends is linked to shame about the depression itself; small contacts are going better than predicted.",
            "{name} has started to connect activity and mood, which is a helpful shift for {goal}.",
            "Medication adherence is good; side effects are mild and {name} will review with the GP.",
        ),
        interventions=(
            "Reviewed the activity diary together, rating mastery and pleasure for each entry.",
            "Scheduled three small, specific activities for the week, chosen by {name}.",
            "Externalised the critical voice, giving it a name and noticing its favourite phrases.",
            "Practised a compassionate response to the voice, in {name}'s own words rather than mine.",
            "Problem-solved the barriers to meeting a friend, including what to say about the last few months.",
            "Explored what 'lazy' means to {name} and where the word comes from.",
        ),
        private=(
            "Felt heavy and slow myself after the session. The flatness is contagious; notice it rather than push against it.",
            "{name} said 'you must be bored of me'. I wasn't, but I wonder what {they} saw in my face.",
            "I may be holding more hope than {name} can right now. That's fine as long as I don't push it onto {them}.",
            "Check risk more explicitly next time; today's flatness felt different.",
        ),
        summary=(
            "We looked at your week and saw that the days with a walk were a little easier. Small steps count.",
            "You gave the critical voice a name. We practised answering it in your own words.",
            "We planned three small things for the week: guitar on Tuesday, a walk on Thursday, a message to Jo.",
            "You noticed that cooking on Saturday gave you a sense of 'I can still do things'.",
        ),
        exercises=(
            ExerciseSeed("Activity diary", "Write down what you did each morning and afternoon, and rate it for achievement and enjoyment from 0 to 10.", "self-reflection", "daily"),
            ExerciseSeed("Three planned things", "Do the three small things we planned, on the days we planned. Tick them off.", "other", "this week"),
            ExerciseSeed("Answering the voice", "When the critical voice speaks, write down what it said and one sentence you'd say to a friend instead.", "emotional regulation", "once a day"),
            ExerciseSeed("Curtains first", "Open the curtains before you look at your phone.", "mindfulness", "every morning"),
        ),
    ),
    Theme(
        label="relationship difficulties",
        goals=(
            GoalSeed("arguing without shutting down",
                     "When we argue I want to stay in the room instead of going silent for two days.",
                     "The silence is hurting us more than the arguments.",
                     "Notice when I start to go quiet and say 'I need twenty minutes'.",
                     "We'll have had an argument that ended on the same day.",
                     ("I go silent for days.", "I go silent for a day or more.",
                      "I ask for a break and come back the same day.",
                      "I can stay in most arguments.", "We argue and repair quickly.")),
            GoalSeed("saying what I need",
                     "I want to tell Alex what I need instead of hoping they guess.",
                     "I get hurt when they don't guess and then I sulk.",
                     "Practise one 'I would like…' sentence a day.",
                     "Asking directly for something important to me.",
                     ("I never say what I need.", "I hint and hope.",
                      "I ask for small things directly.", "I ask for big things too.",
                      "Asking feels normal between us.")),
            GoalSeed("deciding about the relationship",
                     "I want to know whether I'm staying because I want to or because I'm scared.",
                     "I don't want to wake up in ten years still wondering.",
                     "Write down what I'd miss and what I wouldn't.",
                     "Feeling clearer, whatever I decide.",
                     ("I'm completely stuck.", "I go round in circles.",
                      "I can see both sides more clearly.", "I'm leaning one way and know why.",
                      "I've made a decision I can live with.")),
        ),
        subjective=(
            "{name} described an argument about money that ended with {them} going silent for the rest of the weekend.",
            "{name} reported asking {their} partner for an evening together and being surprised at how readily they agreed.",
            "{name} said {they} used the words 'I need twenty minutes' and came back to the conversation, which felt awkward but better.",
            "{name} spoke about {their} parents' marriage, where nobody ever raised their voice and nobody ever said what they felt.",
            "{name} reported feeling lonely in the relationship even on good days.",
            "{name} said the couple had a good week and {they} {were} suspicious of it 'lasting'.",
            "{name} described hinting about {their} birthday plans and feeling hurt when nothing happened.",
            "{name} reported a conversation about whether to move in together that left {them} more confused.",
        ),
        assessment=(
            "A withdraw-pursue pattern is evident, with {name} in the withdrawing role when conflict rises.",
            "Difficulty expressing needs appears rooted in a family climate where needs went unspoken.",
            "{name} is experimenting with new behaviour and getting mostly positive responses, which supports {goal}.",
            "Ambivalence about the relationship is significant and deserves space without pressure towards either outcome.",
            "No indication of coercion or abuse in the relationship; this was checked directly.",
        ),
        interventions=(
            "Mapped the last argument moment by moment, including what {name} felt in {their} body before going silent.",
            "Practised 'I would like…' sentences, with {name} choosing real examples from the week.",
            "Explored the family rules about conflict and which ones {name} wants to keep.",
            "Used a two-chair exercise to give voice to the part that wants to stay and the part that wants to leave.",
            "Discussed the option of couples work; {name} will think about it.",
        ),
        private=(
            "I notice I've formed an opinion about the partner from one side of the story. Keep that in check.",
            "{name} went quiet with me when I pushed on the ambivalence. Same pattern, in the room. Use it, gently.",
            "Wondering about couples referral but don't want it to feel like I'm handing {name} on.",
        ),
        summary=(
            "We went through the argument step by step and found the moment you usually go quiet.",
            "You practised asking for what you need in your own words. 'I'd like us to have Friday evening' was clear and kind.",
            "We talked about your parents' way of handling conflict and which parts you want to do differently.",
            "We gave both sides of your mixed feelings a voice, without needing to decide anything today.",
        ),
        exercises=(
            ExerciseSeed("Twenty minutes", "When you feel yourself going quiet in a disagreement, say 'I need twenty minutes' and come back.", "emotional regulation", "as needed"),
            ExerciseSeed("'I would like…'", "Say one 'I would like…' sentence to your partner each day, about something small.", "other", "daily"),
            ExerciseSeed("Stay or go pages", "Write freely for ten minutes about what you would miss and what you would not.", "self-reflection", "twice this week"),
        ),
    ),
    Theme(
        label="trauma after an accident",
        goals=(
            GoalSeed("driving again",
                     "I want to drive to my sister's on my own.",
                     "I depend on everyone for lifts and I hate it.",
                     "Sit in the car with the engine running. Then round the block.",
                     "Driving to my sister's, even if my hands are sweaty.",
                     ("I can't get into a car.", "I can be a passenger if I have to.",
                      "I drive short local trips.", "I drive most places I need.",
                      "Driving feels ordinary again.")),
            GoalSeed("fewer nightmares",
                     "I want to stop waking up back at the junction.",
                     "I'm scared to go to sleep.",
                     "Write down the nightmare in the morning. Practise the new ending.",
                     "Nightmares once a week or less.",
                     ("Every night.", "Most nights.", "Once a week or so.",
                      "Rarely.", "I can't remember the last one.")),
            GoalSeed("feeling safe in my body",
                     "I'd like to not jump at every loud noise.",
                     "I'm always on guard and it's exhausting.",
                     "Grounding when I startle: feet, breath, name five things.",
                     "Calming down within a few minutes after a startle.",
                     ("I'm on edge all the time.", "Noises set me off for hours.",
                      "I settle within minutes.", "I startle less.",
                      "I feel mostly at ease.")),
        ),
        subjective=(
            "{name} reported sitting in the car with the engine running for five minutes and then going round the block.",
            "{name} said the nightmares were less frequent this week, two instead of five.",
            "{name} described a car horn in the street that sent {them} 'straight back to the junction' for the rest of the afternoon.",
            "{name} said {they} {have} started to remember small details of the accident {they} had forgotten, which is frightening.",
            "{name} reported that the insurance calls keep reopening it and asked whether that is normal.",
            "{name} said {they} drove to the supermarket with {their} partner in the passenger seat.",
            "{name} described feeling detached and 'behind glass' at a family gathering.",
            "{name} reported sleeping with the light on and feeling embarrassed about it.",
        ),
        assessment=(
            "Symptoms are consistent with post-traumatic stress following the road traffic accident: intrusions, avoidance, hyperarousal.",
            "Graded exposure to driving is progressing; {name} is tolerating arousal without escape, which supports {goal}.",
            "The trauma memory appears fragmented, with hot spots around the moment of impact.",
            "Dissociative moments occur under high arousal; grounding skills are helping {name} come back.",
            "Ongoing contact with insurers is an unavoidable trigger; planning around it is part of the work.",
        ),
        interventions=(
            "Practised grounding (feet on the floor, five things you can see) before any memory work.",
            "Worked on a narrative of the accident at {name}'s pace, stopping at the first hot spot.",
            "Updated the hot-spot meaning: 'I'm going to die' to 'I survived, and I'm here now'.",
            "Planned the next driving step and how to manage the urge to get out.",
            "Imagery rescripting for the recurring nightmare, with {name} choosing the new ending.",
        ),
        private=(
            "The narrative work shook me more than I showed. Need to debrief in supervision.",
            "{name} keeps checking I'm okay before telling the hard parts. Say out loud that I can hear it.",
            "Careful about pace; {name} wants to rush to be 'fixed'.",
        ),
        summary=(
            "We practised grounding first, and then you told part of the story of the accident, stopping where you chose.",
            "We worked on the moment you thought you would die and added what you know now: you survived and you are here.",
            "We planned the next driving step and what you'll do if you want to get out of the car.",
            "You chose a new ending for the nightmare. We'll practise it together next time as well.",
        ),
        exercises=(
            ExerciseSeed("Grounding when startled", "Feet on the floor, one slow breath, name five things you can see. Note how long it took to settle.", "emotional regulation", "each time"),
            ExerciseSeed("Driving ladder step", "Do the next step on your driving ladder. Stay until the worry drops by half if you can.", "other", "three times this week"),
            ExerciseSeed("New ending rehearsal", "Read the nightmare with the new ending before bed and picture the new ending clearly.", "mindfulness", "each evening"),
        ),
    ),
    Theme(
        label="self-esteem and people-pleasing",
        goals=(
            GoalSeed("having my own opinion",
                     "I want to say what I actually think in meetings.",
                     "I agree with everyone and then go home and seethe.",
                     "Say one opinion, even a small one, in the team meeting.",
                     "Disagreeing out loud once and surviving it.",
                     ("I never give my view.", "I give it only if asked twice.",
                      "I share it sometimes.", "I share it most of the time.",
                      "People know what I think.")),
            GoalSeed("liking myself a bit more",
                     "I'd like to be able to look in the mirror without picking everything apart.",
                     "I'm tired of the running commentary about how I look.",
                     "Notice the commentary without arguing. One kind sentence a day.",
                     "Some days when I don't think about it at all.",
                     ("I hate what I see.", "Mostly critical.", "Neutral on most days.",
                      "Often okay with myself.", "I like myself most days.")),
            GoalSeed("putting myself first sometimes",
                     "I want to do something just for me every week without feeling selfish.",
                     "Everyone else's needs come first and I'm running on empty.",
                     "Book one thing in the diary that is only for me.",
                     "Keeping that time even when someone asks for something.",
                     ("Never.", "Rarely, and I feel guilty.", "Once a week.",
                      "Often, without much guilt.", "It's just part of my week.")),
        ),
        subjective=(
            "{name} reported saying 'I see it differently' in a meeting and {their} heart pounded for ten minutes afterwards.",
            "{name} said {they} cancelled {their} swimming again because {their} flatmate needed help moving.",
            "{name} described spending an hour choosing what to wear and still feeling wrong in it.",
            "{name} said a friend told {them} {they} {were} 'too nice' and {they} didn't know whether that was a compliment.",
            "{name} reported keeping {their} Thursday class even when asked to cover for a colleague.",
            "{name} spoke about being the 'easy child' while {their} brother was unwell.",
            "{name} said {they} noticed the urge to apologise when someone bumped into {them}.",
        ),
        assessment=(
            "Core beliefs about being acceptable only when useful and agreeable are driving the people-pleasing pattern.",
            "{name} is testing these beliefs behaviourally and the feared rejection has not occurred so far, supporting {goal}.",
            "Body-focused self-criticism is intense but {name} can now notice it as a pattern.",
            "Childhood role as the 'easy child' in a family under strain makes sense of the current pattern.",
        ),
        interventions=(
            "Identified the rule 'if I'm not useful, I'll be left' and looked for evidence for and against it.",
            "Planned a behavioural experiment: stating one opinion in a meeting and noticing the actual response.",
            "Compassion-focused exercise: writing to {themselves} as {they} would write to a friend.",
            "Explored the 'easy child' role and what it cost {name} at the time.",
        ),
        private=(
            "{name} is very attentive to my reactions; careful not to become another person to please. Ask how it is with me.",
            "I liked {name} a lot today. Notice whether that makes me less challenging.",
        ),
        summary=(
            "We looked at the rule 'if I'm not useful, I'll be left' and what happened when you tested it this week.",
            "You planned to give one opinion in Tuesday's meeting and to notice what actually happens.",
            "You wrote to yourself the way you'd write to a friend. It was kinder than you expected.",
        ),
        exercises=(
            ExerciseSeed("One opinion", "Share one opinion in a meeting or conversation. Write down what you predicted and what happened.", "other", "twice this week"),
            ExerciseSeed("Me-time in the diary", "Book one hour just for you and keep it, even if someone asks for something.", "self-reflection", "weekly"),
            ExerciseSeed("Kind sentence", "Write one kind sentence to yourself in the evening.", "emotional regulation", "daily"),
        ),
    ),
    Theme(
        label="adjusting after a move abroad",
        goals=(
            GoalSeed("feeling at home here",
                     "I want this city to feel like somewhere I live, not somewhere I'm staying.",
                     "Two years in and I still feel like a visitor.",
                     "Go to the same café every week. Learn the barista's name.",
                     "Having a few places where people know me.",
                     ("I feel like a stranger everywhere.", "Mostly a visitor.",
                      "Some places feel like mine.", "I feel fairly settled.",
                      "This is home, alongside the other one.")),
            GoalSeed("making friends here",
                     "I'd like one friend here I can call when things go wrong.",
                     "All my people are six hours away.",
                     "Say yes to the next invitation from work.",
                     "Someone I'd text if I was ill.",
                     ("Nobody here.", "Acquaintances only.", "One person I'm getting close to.",
                      "A couple of friends.", "A small circle here.")),
            GoalSeed("speaking up in English",
                     "I want to stop rehearsing every sentence before I say it.",
                     "I sound stupid in English and I'm not stupid.",
                     "Speak in the first five minutes of a meeting.",
                     "Talking without rehearsing when it's casual.",
                     ("I avoid speaking.", "I speak only when I've rehearsed.",
                      "I speak casually without rehearsing.", "I speak easily most of the time.",
                      "I forget I'm speaking a second language.")),
        ),
        subjective=(
            "{name} reported a video call with {their} mother that left {them} homesick for two days.",
            "{name} said {they} went to a colleague's birthday drinks and stayed for an hour, 'longer than I planned'.",
            "{name} described rehearsing a phone call to the bank for twenty minutes before making it.",
            "{name} said the barista remembered {their} order this week and it meant more than {they} expected.",
            "{name} reported feeling guilty for building a life here while {their} parents are getting older.",
            "{name} spoke about missing food, jokes and the way people stand close to each other at home.",
            "{name} said {they} dreamed in English for the first time and felt strangely sad about it.",
        ),
        assessment=(
            "Presentation is consistent with an adjustment reaction with homesickness and loneliness; there is no sign of a depressive disorder.",
            "{name}'s self-consciousness about language is generalising to feeling less competent overall.",
            "Guilt about ageing parents is an important and realistic theme, not only a symptom.",
            "Small social risks are paying off and increasing {name}'s sense of belonging, which supports {goal}.",
        ),
        interventions=(
            "Mapped {name}'s current connections in both countries and where there is room to grow.",
            "Explored the meaning of 'home' and whether it can be plural.",
            "Planned a small social step for the week with a realistic exit.",
            "Worked on the critical voice that says 'you sound stupid' and where it comes from.",
        ),
        private=(
            "My own migration story is close to {name}'s. Stay curious about the differences.",
            "{name} switched languages when talking about {their} mother. Worth noticing aloud next time.",
        ),
        summary=(
            "We mapped who you have in both places and saw that your map here is small but growing.",
            "We talked about 'home' being able to mean more than one place.",
            "You planned to say yes to one invitation and to leave whenever you want.",
        ),
        exercises=(
            ExerciseSeed("Same café", "Go to the same café at the same time each week. Notice who you see.", "other", "weekly"),
            ExerciseSeed("Speak early", "Say something in the first five minutes of one meeting, unrehearsed.", "emotional regulation", "twice this week"),
            ExerciseSeed("Home notes", "Write a few lines about a moment this week when somewhere here felt a bit like home.", "self-reflection", "once this week"),
        ),
    ),
)


# -- generic banks ----------------------------------------------------------------------------
OPENERS = (
    "{name} arrived on time and said it had been 'a mixed week'.",
    "{name} arrived a few minutes late, apologising, and took a moment to settle.",
    "{name} started by asking whether we could begin with something that happened yesterday.",
    "{name} said {they} had thought about last session a lot during the week.",
    "{name} came in saying, 'I don't really know what to talk about today.'",
    "Session {n}. {name} began by reporting back on the week.",
    "{name} said {they} nearly cancelled today but decided to come anyway.",
    "{name} said {they} had a list of things to bring and wanted to get through it.",
    "{name} arrived looking tired and said {they} had slept badly for several nights.",
    "{name} opened by saying the week had been better than expected.",
)

REPORT_BACKS = (
    "On {exercise}: {name} did it on most days and said it was 'easier after the second time'.",
    "On {exercise}: {name} managed it twice and found the first time the hardest.",
    "On {exercise}: {name} forgot about it until Thursday, then did it once and noticed something useful.",
    "On {exercise}: {name} did not do it and we looked at what got in the way, without blame.",
    "On {exercise}: {name} adapted it to fit {their} week, which we agreed was a good idea.",
    "On {exercise}: {name} said it felt pointless at first, then helpful on a bad day.",
)

OBJECTIVE = (
    "Appearance was neat and appropriate; eye contact was good throughout.",
    "{name} was tearful when describing the week but able to continue.",
    "Speech was of normal rate and volume; thought process was logical and goal-directed.",
    "Affect was anxious at the start and visibly settled over the session.",
    "Affect was flat for the first half and brighter towards the end.",
    "{name} was engaged and reflective, often pausing to find the right words.",
    "Some restlessness early on (leg bouncing), easing as the session went on.",
    "{name} laughed several times, including at {their} own expense, which felt warm rather than defensive.",
    "Mood described as 'four out of ten'; affect congruent.",
    "Mood described as 'better, about six'; affect congruent and reactive.",
    "{name} appeared tired, with slowed speech, but was fully oriented and engaged.",
    "No signs of intoxication; attention and concentration were adequate.",
)

ASSESSMENT_GENERIC = (
    "Therapeutic alliance is good; {name} is able to disagree with me and did so today.",
    "Progress towards {goal} is steady, with the usual ups and downs.",
    "{name} is using the between-session exercises more consistently, which is consolidating change.",
    "This week's setback seems to be a response to an understandable stressor rather than a loss of ground.",
    "{name} shows increasing ability to reflect on patterns rather than only on events.",
    "Motivation for change remains high; the pace we agreed still seems right.",
    "Protective factors remain strong: supportive friend, work, and a clear wish to feel better.",
)

RISK_NONE = (
    "Risk: no thoughts of self-harm or suicide reported; protective factors unchanged.",
    "Risk reviewed: {name} denies any thoughts of harming {themselves} or others.",
    "No current risk indicators; {name} knows how to reach crisis support if needed.",
)

RISK_FLAG = (
    "Risk: {name} answered above zero on PHQ-9 item 9; described passing thoughts that others would be better off without {them}, no plan or intent. Safety plan reviewed and updated together.",
    "Risk: fleeting thoughts of not wanting to be here were discussed openly; no plan, no intent, strong reasons for living named (family, dog). Safety plan and crisis numbers checked.",
)

INTERVENTIONS_GENERIC = (
    "Reviewed the week's exercise and what {name} learned from it.",
    "Used reflective listening and summarising to help {name} organise a lot of material.",
    "Checked in about the pace and focus of our work; {name} wants to continue as we are.",
    "Invited feedback about last session; {name} said the ending felt rushed and we agreed to watch the time.",
    "Validated the difficulty of the week while noting the steps {name} had taken anyway.",
    "Explored a recent example in detail, slowing down to notice thoughts, feelings and body sensations.",
)

RESPONSES = (
    "{name} engaged well and said the session gave {them} 'something to hold on to'.",
    "{name} found the exercise uncomfortable but wanted to continue, and said it was useful afterwards.",
    "{name} was initially sceptical, then came up with {their} own version, which we kept.",
    "{name} appeared relieved after naming something {they} had not said out loud before.",
    "{name} said the session felt slower than usual, and that was okay.",
    "{name} disagreed with part of my summary and corrected it, which I welcomed.",
    "{name} left with a clear plan and said {they} felt 'lighter, but tired'.",
)

PLAN_GENERIC = (
    "Continue weekly sessions; review goals at session {review}.",
    "Next session: review the exercise and continue the work on {goal}.",
    "Repeat PHQ-9 and GAD-7 in four weeks as agreed.",
    "{name} will contact the GP about sleep as {they} planned.",
    "I will send the handout we discussed and bring the relapse-prevention outline next time.",
    "Check in about the upcoming holiday break and how {name} wants to use the gap.",
    "Agreed to revisit the boundaries checklist item about contact between sessions.",
)

NEXT_EXERCISE = "New exercise agreed: {exercise}."

# The client's own report back on an exercise.
CLIENT_REPORT_BACKS = (
    "Did it most days. The second week was easier than the first.",
    "Only managed it twice, but the second time I actually noticed something.",
    "Honestly, I forgot until Thursday. When I did it, it helped more than I expected.",
    "It felt silly at first. On the bad day it was the only thing that worked.",
    "I changed it a bit so it fit my shifts. Doing it on the bus now.",
    "Didn't do it. Life got in the way and I want to talk about that.",
    "Did it every day and wrote it down. Some days it was just one word.",
)

SUMMARY_CLOSINGS = (
    "See you next week. Be kind to yourself in between.",
    "Take care this week, and remember the card if things get hard.",
    "If anything feels unclear about today, we can start there next time.",
    "You did a lot of work today. Rest counts as part of it.",
    "Next time we'll look at how the week went, without any pressure.",
)

AMENDMENTS = (
    "Correction: the session format was online, not in person.",
    "Addendum: {name} emailed the next day to add that the GP appointment is booked; no change to the plan.",
    "Correction: the exercise was agreed for three times this week, not daily.",
    "Addendum: on reflection, the risk review should also note that {name} has the crisis line number saved in {their} phone.",
    "Correction to the date of the next review: session {review}, not earlier.",
)

DIFFERENT_NEXT_TIME = (
    "Maybe a bit more time on the work stuff and less on my family.",
    "I felt rushed at the end.",
    "Could we start with the exercise review? I kept waiting for it.",
    "I'd like more ideas for what to do when it gets bad.",
    "Less talking from me, more from you sometimes.",
    "I didn't like the exercise with the chairs. I'd like to talk about why.",
    "I'd like a summary written down at the end.",
)

THERAPIST_REFLECTIONS = (
    "Fair point about the ending; I'll flag the time at 40 minutes.",
    "Glad this was said. I'll ask more directly what {name} wants from each session.",
    "I had been doing most of the talking. Hold back more.",
    "Useful: start with the exercise review next time.",
    "I'll offer a written summary when it suits {name}.",
)

GAS_COMMENTS = (
    "Better than I expected this week.",
    "Same as last time, which is okay.",
    "A bad week, but I know it's not back to square one.",
    "Proud of this one.",
    "Hard to tell.",
)

FOLLOWUPS = (
    "Discussed in session the same day; no plan or intent; safety plan updated and shared; GP informed with consent.",
    "Phoned the next morning as agreed; {name} feeling steadier; crisis numbers confirmed.",
    "Reviewed at the start of the next session; thoughts have passed; keep checking at each review.",
)

CLIENT_COMMITMENTS = (
    "I'll come every week unless I'm ill, and I'll tell you when something isn't working for me.",
    "I'll try the exercises we agree on, or tell you honestly why I didn't.",
    "I'll say when I need to slow down, and when I want to go further.",
    "I'll let you know about big changes in my life or medication.",
    "I'll give feedback at the end of sessions, even when it's awkward.",
)

THERAPIST_COMMITMENTS = (
    "I'll start and finish on time and tell you ten minutes before the end.",
    "I'll be open about how I'm thinking about our work and why I suggest things.",
    "I'll ask for your feedback regularly and change what isn't working.",
    "I'll keep your records safe and tell you who may see what, and when.",
    "I'll tell you if I think another kind of help would suit you better.",
    "I'll check in about the goals every six sessions so they stay yours.",
)

REVISION_NOTES = (
    "Reworded the first goal in {name}'s own words after our review.",
    "Added a goal that came up over the last few weeks.",
    "Marked one goal as achieved and agreed a new review date.",
    "Changed session frequency to fortnightly for the next phase, as {name} asked.",
    "Updated commitments after the feedback about session endings.",
)

CHECKLIST_NOTES = (
    "Client asked what happens to notes if I retire; explained the professional will.",
    "Agreed email for scheduling only; anything urgent by phone.",
    "Client prefers no physical contact, including handshakes.",
    "Discussed what I would do if we met by chance in town: I wait for the client to say hello.",
    "Client wants to revisit this once things are calmer at home.",
    "Talked through supervision: de-identified, and what that means in practice.",
    "Cancellation fee explained; client asked for flexibility around shift work, agreed case by case.",
)

# -- the therapist --------------------------------------------------------------------------------
THERAPISTS = (
    ("Dr Mira Okafor-Lindqvist", "DClinPsy, Clinical Psychologist"),
    ("Jonas Beaumont", "MSc, UKCP-registered Integrative Psychotherapist"),
    ("Aiyana Reyes", "LMFT, Licensed Marriage and Family Therapist"),
    ("Dr Sunita Raman", "PsyD, Licensed Psychologist"),
)
PRACTICE_NAMES = ("Riverbank Therapy", "The Quiet Room Practice", "Northgate Counselling",
                  "Willow Lane Psychotherapy")
CRISIS_RESOURCES = (
    "If you are in danger now, call your local emergency number (999 in the UK, 112 in the EU, "
    "911 in the US). You can talk to Samaritans at any time on 116 123 (UK and Ireland), or call "
    "or text 988 in the US. Between sessions I reply to messages within one working day; I am "
    "not an emergency service."
)

JOURNAL = {
    "reflection": (
        ("After a heavy Tuesday",
         "Three sessions in a row with a lot of grief in the room. I noticed I was holding my breath by the third. "
         "I want to build five minutes between sessions for a walk round the block, even if it means starting later. "
         "The client working on the anniversary brought a photo today; I felt honoured and sad. "
         "What did I do well? I stayed slow. What would I do differently? I would say more about what I noticed in myself, briefly, when it helps the work."),
        ("On being liked",
         "I realise I like being the therapist who is 'easy to talk to'. It can make me soft where challenge would help. "
         "The people-pleasing client and I may be doing a polite dance. Next time I'll name something I've been tiptoeing around, kindly. "
         "Reminder to self: warmth and challenge are not opposites."),
        ("Endings",
         "Two endings this month. Both went well on paper, but I felt flat afterwards, as if the room was emptier. "
         "I want to mark endings better for myself too: a short note to each client I won't send, and a look at the goals we set at the start."),
        ("Feedback that stung",
         "A client said I talk too much when they go quiet. They were right. I filled the silence because it made me anxious, not them. "
         "Practise: count to ten in my head before speaking when a client pauses."),
    ),
    "supervision": (
        ("Preparing for supervision",
         "Bring: the client with panic who asks for promises (de-identified). Question: how do I stay warm without becoming a source of reassurance? "
         "Also: my pace with exposure work — am I pushing because the client is keen to please me? "
         "And a short check on my caseload size; it has crept up to 24."),
        ("Notes from supervision",
         "S. suggested I track my own body during trauma narratives, as data rather than a problem. "
         "We talked about the couples referral: offer it as an addition, not a handover. "
         "Caseload: agreed not to take new clients until two current ones finish."),
        ("Supervision: risk",
         "Talked through the client who scored above zero on item 9. Plan was sound; documentation good. "
         "S. reminded me to write down the reasons for living in the client's own words — they are more useful that way."),
    ),
    "self-care": (
        ("Sunday check-in",
         "Slept better this week. Swam twice. Still checking email on Sunday evening, which is ironic given what I ask of clients. "
         "Plan: phone in the hallway after eight, at least on Sundays."),
        ("Tired",
         "Low energy all week. Cancelled the pottery class to catch up on notes. That is exactly the pattern I want to avoid. "
         "Next week: notes done within the day, pottery protected."),
        ("A good week",
         "Finished notes on time every day. Long walk with friends on Saturday. I noticed I was more curious in sessions — rest shows."),
    ),
}

DISCLOSURE_WHATS = (
    ("handout", "Goal agreement, version 1", "the client"),
    ("handout", "Session summary", "the client"),
    ("print", "Boundaries & transparency checklist", "the client"),
    ("export", "Letter summarising attendance", "the client's GP, with written consent"),
)
