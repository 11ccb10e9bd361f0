namespace Attribution.Api.Extraction;

/// <summary>
/// The closed word lists the extraction rules rest on (and "english", every word of the English file), read from the embedded files <c>Words/*.txt</c> (one file a
/// language: English, French, German, Spanish). Each list is the union over the languages, so that a text in any of
/// them is read without knowing its language first; the lists are news usage, not any one article.
/// </summary>
internal static class Lexicon
{
    private static readonly Dictionary<string, HashSet<string>> Lists = Load();

    private static Dictionary<string, HashSet<string>> Load()
    {
        var lists = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var english = lists["english"] = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var assembly = typeof(Lexicon).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("words.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            HashSet<string>? list = null;
            var phrases = false;
            while (reader.ReadLine() is { } line)
            {
                if (line.StartsWith("# ", StringComparison.Ordinal))
                {
                    var name = line[2..].Trim();
                    list = name.Contains(' ') ? null : lists.TryGetValue(name, out var known) ? known : lists[name] = new(StringComparer.OrdinalIgnoreCase);
                    phrases = name is "according-to" or "places" or "title-short-forms"; // one phrase a line ("according to", "South Korea"); elsewhere words and "/" forms
                    continue;
                }
                if (list is null || line.Trim().Length == 0) continue;
                var forms = phrases ? [line.Trim()] : line.Split([' ', '\t', '/'], StringSplitOptions.RemoveEmptyEntries);
                list.UnionWith(forms);
                if (resource == "words.en.txt") english.UnionWith(forms);
            }
        }
        return lists;
    }

    /// <summary>Words of a list as one regular-expression alternation, each escaped: "a|b|c".</summary>
    public static string Alternation(IEnumerable<string> words) => string.Join('|', words.Select(System.Text.RegularExpressions.Regex.Escape));

    private static HashSet<string> List(string name) =>
        Lists.TryGetValue(name, out var list) ? list : throw new InvalidOperationException($"The word list '{name}' is missing from Extraction/Words.");

    /// <summary>Verbs that introduce a quotation ("he said", "warned X", "a déclaré", "sagte", "dijo").</summary>
    public static readonly HashSet<string> QuoteVerbs = List("quote-verbs");

    /// <summary>Verbs that report speech in the writer's words ("X said that ...").</summary>
    public static readonly HashSet<string> ReportVerbs = List("report-verbs");

    /// <summary>Whether a word is a verb of saying: one that introduces a quotation or reports speech.</summary>
    public static bool Says(string word) => QuoteVerbs.Contains(word) || ReportVerbs.Contains(word);

    /// <summary>Verbs that frame a quoted fragment inside the writer's sentence ("praised "…"", "dismissed it as "…"").</summary>
    public static readonly HashSet<string> PartialVerbs = List("partial-verbs");

    /// <summary>Report verbs that also take a plain object ("reported a loss"): the content must be a clause.</summary>
    public static readonly HashSet<string> ObjectVerbs = List("object-verbs");

    /// <summary>Words that make a clause finite: the mark of reported content rather than a noun phrase.</summary>
    public static readonly HashSet<string> FiniteMarkers = List("finite-markers");

    /// <summary>Irregular past forms ("rose", "fell"): with the verbs ending in -ed, the past of a reported clause.</summary>
    public static readonly HashSet<string> PastForms = List("past-forms");

    /// <summary>A verb in the past: "closed", "rose".</summary>
    public static bool Past(string word) => word.EndsWith("ed", StringComparison.Ordinal) || PastForms.Contains(word);

    /// <summary>A word that makes its words a clause: a finite marker ("is", "will") or a verb in the past.</summary>
    public static bool FiniteOrPast(string word) => FiniteMarkers.Contains(word) || Past(word);

    /// <summary>Words that open reported content after a verb of saying ("that", "que", "dass").</summary>
    public static readonly HashSet<string> Complementizers = List("complementizers");

    /// <summary>German subjunctive forms, the mark of reported speech ("sagte, die Brücke werde im Mai fertig").</summary>
    public static readonly HashSet<string> ReportedSubjunctive = List("reported-subjunctive");

    /// <summary>German finite verbs that end the source after "laut" ("Laut Anna Schmidt wird die Brücke …").</summary>
    public static readonly HashSet<string> VerbSecond = List("verb-second");

    /// <summary>Titles that go before a surname alone ("Senator Roe", "Ms Roe", "President Hale"): the person so named.</summary>
    public static readonly HashSet<string> PersonTitles = List("person-titles");

    /// <summary>Words of number before a plural: "Several Democrats", "Two Americans" are unnamed people, not a name.</summary>
    public static readonly HashSet<string> Quantifiers = List("quantifiers");

    /// <summary>Words for people counted with nothing after them ("several said", "while some say"): as an alternation for
    /// the rules' regular expressions, and as a set.</summary>
    public const string CountedPeoplePattern = "several|many|others|most|some";

    public static readonly HashSet<string> CountedPeople = new(CountedPeoplePattern.Split('|'), StringComparer.OrdinalIgnoreCase);

    /// <summary>Every word of the English lists: "a affirmé" is French (an auxiliary), "a claim" English (a noun).</summary>
    public static readonly HashSet<string> English = List("english");

    /// <summary>Organisation words that fit any organisation: "the agency" after the World Health Organization.</summary>
    public static readonly HashSet<string> GenericOrganisationWords = List("generic-organisation-words");

    /// <summary>Countries, the capitals that stand for their governments ("Iran said", "Washington denied") and US states:
    /// places, never people; as speakers, organisations.</summary>
    public static readonly HashSet<string> Places = List("places");

    /// <summary>Members of a party, as news describes a person named before ("the California Democrat").</summary>
    public static readonly HashSet<string> PartyMembers = List("party-members");

    /// <summary>Titles that precede a name and are not part of it.</summary>
    public static readonly HashSet<string> Titles = List("titles");

    /// <summary>Words that describe a news outlet ("Greek daily Kathimerini", "broadcaster NRK"): the name they go with is
    /// an organisation, not a surname.</summary>
    public static readonly HashSet<string> OutletWords = List("outlet-words");

    /// <summary>Words that mark a proper-name run as an organisation.</summary>
    public static readonly HashSet<string> OrganisationWords = List("organisation-words");

    /// <summary>Verbs that say with a particle after them: "shot back", "chimed in" (<see cref="QuoteParticles"/>).</summary>
    public static readonly HashSet<string> PhrasalQuoteVerbs = List("phrasal-quote-verbs");

    /// <summary>The particles of <see cref="PhrasalQuoteVerbs"/>.</summary>
    public static readonly HashSet<string> QuoteParticles = List("quote-particles");

    /// <summary>Titles of someone who leads or works for an organisation ("chief executive", "founder").</summary>
    public static readonly HashSet<string> EmployerTitles = List("employer-titles");

    /// <summary>Well-known organisations whose name has no organisation word ("Google", "Greenpeace", "the Kremlin"): capitalised,
    /// they are no surname.</summary>
    public static readonly HashSet<string> OrganisationNames = List("organisation-names");

    /// <summary>Verbs of a press release's headline ("Rep. Roe Applauds Grant …", "Senator Hale Statement on …"): no part
    /// of the name before them.</summary>
    public static readonly HashSet<string> HeadlineVerbs = List("headline-verbs");

    /// <summary>Head nouns of descriptions of unnamed sources ("a senior official", "witnesses").</summary>
    public static readonly HashSet<string> AnonymousHeads = List("anonymous-heads");

    /// <summary>Subjects that are documents, not speakers ("reports indicate", "the website noted").</summary>
    public static readonly HashSet<string> DocumentHeads = List("document-heads");

    /// <summary>Documents someone issues in their own name ("the statement", "the letter"): whoever issued one speaks in it.</summary>
    public static readonly HashSet<string> IssuedDocuments = List("issued-documents");

    /// <summary>Verbs that put out a document ("issued a statement", "released a letter"): with a participle of saying after
    /// the document, or a colon, they report its words.</summary>
    public static readonly HashSet<string> IssueVerbs = List("issue-verbs");

    /// <summary>Pronouns that stand for a person ("he", "elle", "sie").</summary>
    public static readonly HashSet<string> PersonPronouns = List("person-pronouns");

    /// <summary>Pronouns, honorifics and titles that say a person is a woman, or a man.</summary>
    public static readonly HashSet<string> Female = List("female");
    public static readonly HashSet<string> Male = List("male");

    /// <summary>Common first names of women, and of men: a pronoun prefers a person whose name fits it.</summary>
    public static readonly HashSet<string> FemaleNames = List("female-names");
    public static readonly HashSet<string> MaleNames = List("male-names");

    /// <summary>Words that cannot open a subject: the cue belongs to another clause.</summary>
    public static readonly HashSet<string> ClauseOpeners = List("clause-openers");

    /// <summary>Words that open a clause of their own inside a phrase ("speaking on condition of anonymity because he was
    /// not authorised"): a verb after them is not the phrase's.</summary>
    public static readonly HashSet<string> Subordinators = List("subordinators");

    /// <summary>Capitalised words that open a sentence and are not part of a name ("But", "Nonetheless").</summary>
    public static readonly HashSet<string> SentenceOpeners = List("sentence-openers");

    /// <summary>Weekdays and months: never part of a name, never a speaker.</summary>
    public static readonly HashSet<string> Calendar = List("calendar");

    /// <summary>How often something comes out: "a quarterly report" is a document, not a verb of saying.</summary>
    public static readonly HashSet<string> FrequencyAdjectives = List("frequency-adjectives");

    /// <summary>Participles of saying that can open a sentence, with what was said or before a quotation ("Saying it was
    /// over, X left", "Saying "…", X elaborated").</summary>
    public static readonly HashSet<string> FrontedParticiples = List("fronted-participles");

    /// <summary>Participles that open a fronted clause before the speaker ("Asked whether …, X replied"), those of saying
    /// among them.</summary>
    public static readonly HashSet<string> FrontedClauses = new(List("fronted-clauses").Concat(FrontedParticiples), StringComparer.OrdinalIgnoreCase);

    /// <summary>Auxiliaries between a quotation and its verb ("…," a déclaré X; "…", hat X gesagt).</summary>
    public static readonly HashSet<string> Auxiliaries = List("auxiliaries");

    /// <summary>Phrases that name a source before or after content ("according to", "selon", "laut", "según").</summary>
    public static readonly HashSet<string> AccordingTo = List("according-to");

    /// <summary>Adverbs that sit between a speaker and the verb ("X also said").</summary>
    public static readonly HashSet<string> CueAdverbs = List("cue-adverbs");

    /// <summary>Words that show a quoted phrase is a title of a work or a name, not speech.</summary>
    public static readonly HashSet<string> NamingWords = List("naming-words");

    /// <summary>Words for a business ("the company", "the carmaker") and that end a business's name ("Globex Holdings").</summary>
    public static readonly HashSet<string> BusinessWords = List("business-words");

    /// <summary>Words news uses for someone it has named ("the billionaire", "the pontiff"), not for someone new.</summary>
    public static readonly HashSet<string> Epithets = List("epithets");

    public static readonly HashSet<string> Abbreviations = List("abbreviations");

    /// <summary>A company's legal form, which ends its name ("Inc.", "Corp.", "Ltd").</summary>
    public static readonly HashSet<string> LegalForms = List("legal-forms");

    /// <summary>The pronouns that can be a clause's subject ("he", "it", "they"): no name, even capitalised.</summary>
    public static readonly HashSet<string> SubjectPronouns = List("subject-pronouns");

    /// <summary>Titles written short and in full: initials ("CEO", "chief executive officer") and abbreviations ("Sen",
    /// "senator"), each line the short form (without its full stop) then what it stands for.</summary>
    public static readonly ILookup<string, string> TitleShortForms =
        List("title-short-forms").Select(line => line.Split(' ', 2)).ToLookup(parts => parts[0], parts => parts[1], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a name that make it an object, not a speaker ("across Poland", "to Jane Roe").</summary>
    public static readonly HashSet<string> Prepositions = List("prepositions");

    /// <summary>Lower-case particles inside names ("von der Leyen", "bin Salman", "al-").</summary>
    public static readonly HashSet<string> Particles = List("name-particles");

    /// <summary>Determiners and possessives that open a description ("the", "several", "their").</summary>
    public static readonly HashSet<string> Determiners = List("determiners");
}
