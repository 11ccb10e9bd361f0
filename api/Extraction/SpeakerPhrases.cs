using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Attribution.Api.Speakers;

namespace Attribution.Api.Extraction;

/// <summary>A speaker as the extraction names it: the fullest name the article gives, or the description of an
/// unnamed source, and the role or organisation the article gives.</summary>
public sealed record ExtractedSpeaker
{
    /// <example>Aaron Zelin</example>
    public required string Name { get; init; }
    /// <example>person</example>
    public required SpeakerKind Kind { get; init; }
    /// <example>political violence scholar</example>
    public string? Affiliation { get; init; }
}

/// <summary>Who a cue's subject phrase names: one or more speakers, the words the cue uses, how sure the reading is, and
/// the rule that chose the speaker.</summary>
internal sealed record SpeakerMatch(IReadOnlyList<ExtractedSpeaker> Speakers, string Mention, double Certainty, SpeakerRule Rule);

/// <summary>
/// Reads speaker phrases ("Former Vice President Mike Pence", "Nancy Pelosi, the Speaker of the House", "he",
/// "a retired counterterrorism official") against the people the article names. A first pass over the whole text
/// records every person named in full, with the title or appositive next to the name, so that a cue giving only a
/// surname, a pronoun or a title ("the minister") resolves to the fullest name.
/// </summary>
internal sealed partial class SpeakerPhrases
{
    private enum Gender { Unknown, Female, Male }

    /// <summary>The subject pronouns looked up by a span of the text, without a string made for each.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectPronounSpans = Lexicon.SubjectPronouns.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Buffers.SearchValues<char> LowerLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    private sealed record Person(string Name, string? Title)
    {
        public Gender Gender { get; set; }

        /// <summary>The last word of the name.</summary>
        public string Surname => Name[(Name.LastIndexOf(' ') + 1)..];

        /// <summary>The title as an affiliation: "Ms" or "Mr." alone is how the name is written, no affiliation.</summary>
        public string? Affiliation => Title is { } title && Tokens(title, 0, title.Length).All(t => t.Honorific) ? null : Title;
    }

    private readonly record struct Token(string Value, int Start, int End)
    {
        public string Bare => EndsInApostropheS(Value) ? Value[..^2] : Value.TrimEnd('.');
        public bool Capitalized => char.IsUpper(Value[0]) || char.IsDigit(Value[0]);
        public bool Possessive => EndsInApostropheS(Value) || Value.EndsWith('\'') || Value.EndsWith('\u2019');
        public bool Acronym => Bare.Length >= 2 && Bare.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '&') && Bare.Any(char.IsLetter);
        public bool Title => Lexicon.Titles.Contains(Value) || Lexicon.Titles.Contains(Bare)
                             || Bare.LastIndexOf('-') is > 0 and var hyphen && Bare[(hyphen + 1)..] is "elect" or "designate" && Lexicon.Titles.Contains(Bare[..hyphen]); // "President-elect"
        public bool Initial => Value.Length == 2 && char.IsUpper(Value[0]) && Value[1] == '.';
        /// <summary>A common first name ("John", "Jane").</summary>
        public bool FirstName => Lexicon.MaleNames.Contains(Value) || Lexicon.FemaleNames.Contains(Value);
        public bool OrganisationWord => Lexicon.OrganisationWords.Contains(Bare) || Bare.Contains('-') && Lexicon.OrganisationWords.Contains(Bare[(Bare.LastIndexOf('-') + 1)..])
                                        || Capitalized && Lexicon.OrganisationNames.Contains(Bare);
        /// <summary>"Inc.", "Corp.", "Ltd": a company's legal form, which ends its name.</summary>
        public bool LegalForm => Lexicon.LegalForms.Contains(Bare);
        /// <summary>"Mr", "Dr": part of how a name is written, not an affiliation.</summary>
        public bool Honorific => Bare is "Mr" or "Mrs" or "Ms" or "Dr" or "Miss" or "Sir" or "Mr." or "Dr.";
    }

    /// <summary>A word: letters and digits, with hyphens and apostrophes inside, the dots of an initialism ("U.S.") and an
    /// ampersand between capitals ("PG&amp;E", "AT&amp;T"), a site's domain after a capitalised name ("Znak.com").</summary>
    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\-'\u2019]*(?:(?<=\p{Lu}\p{L}*)\.(?:com|org|net)\b)?(?:(?<=\p{Lu})&\p{Lu}+)?(?:\.\p{L}(?=\.))*\.?")]
    private static partial Regex Word();

    [GeneratedRegex(@"\s*\([^()]*\)")]
    private static partial Regex Parenthetical();

    /// <summary>A generational suffix or a degree after a name and a comma: no appositive.</summary>
    [GeneratedRegex(@"^(?:Jr|Sr|II|III|IV|M\.D|MD|Ph\.D|PhD|Esq)\.?$")]
    private static partial Regex NameSuffix();

    [GeneratedRegex(@"^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XX|XXI{0,3})$")]
    private static partial Regex RegnalNumber();

    [GeneratedRegex(@"^(?:[Tt]he\s+)?(?<name>(?<kind>\p{Ll}+)\s+of\s+(?:the\s+)?\p{Lu}[^,]*)$")]
    private static partial Regex OrganisationOf();

    [GeneratedRegex(@"^(?:[Tt]he\s+)?(?<name>(?<kind>\p{Ll}+)\s+of\s+(?:the\s+)?\p{Ll}+(?:\s+(?:and\s+)?\p{Ll}+){0,2})$")]
    private static partial Regex LowerOrganisationOf();

    [GeneratedRegex(@"^(?:the\s+)?(?<of>\p{Lu}.*?)['\u2019]s?\s+(?<who>(?:[\p{Ll}\-]+\s+){0,3}(?<head>\p{Ll}+))$")]
    private static partial Regex OrganisationsPerson();

    [GeneratedRegex(@"^(?<who>(?:(?:a|an|the|one|two|three|several|some)\s+)?(?:[\p{Ll}\-]+\s+){0,2}(?<head>\p{Ll}+))\s+(?:" + MemberPrepositions + @")\s+(?<of>(?:the\s+)?\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex AnonymousOf();

    /// <summary>What links people to what they belong to or are on: "a spokeswoman for the ministry", "a nurse at the
    /// hospital", "a passenger on the flight" (read here and by the extractor's subject check).</summary>
    internal const string MemberPrepositions = "for|of|at|from|with|in|on|aboard";

    [GeneratedRegex(@"^(?:(?:a|an|the)\s+)?(?:[\p{L}\-]+\s+)?(?<head>(?!(?:issued|released|published)\b)\p{Ll}+)\s+(?:from|by|issued\s+by|released\s+by|published\s+by)\s+(?<source>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentFrom();

    /// <summary>Whether the word or name before a document can be who issued it: a name ("a White House statement"), a
    /// kind of organisation or a word for people ("a police statement"), not "a joint statement".</summary>
    internal static bool CouldIssue(string source) =>
        char.IsUpper(source[0]) || Lexicon.OrganisationWords.Contains(source) || Lexicon.AnonymousHeads.Contains(source);

    /// <summary>"A police statement", "a White House statement": a document and, before it, its source.</summary>
    [GeneratedRegex(@"^(?:[Aa]n?|[Tt]he)\s+(?<source>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,2}|[\p{Ll}\-]+)\s+(?<head>\p{Ll}+)$")]
    private static partial Regex SourceDocument();

    /// <summary>"The family's statement", "Acme's latest letter": a document and whose it is.</summary>
    [GeneratedRegex(@"^(?<source>(?:the\s+)?[\p{L}][^']*?)['\u2019]s?\s+(?:[\p{Ll}\-]+\s+){0,2}(?<head>\p{Ll}+)(?:\s+(?:on|about|to|over)\s+[^,]+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnersDocumentPhrase();

    [GeneratedRegex(@"^(?:the|a)\s+(?:(?:(?<age>\d{1,3})|" + SpelledAge + @")-year-old(?:\s+\p{Ll}+)?|(?:father|mother)\s+of\s+(?:two|three|four|five|six|\d))$", RegexOptions.IgnoreCase)]
    private static partial Regex AgeAnaphor();

    [GeneratedRegex(@"^(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[\p{Ll}\-]+\s+){0,2}(?<head>\p{Ll}+),?\s+(?:known|called|named)\s+(?:as\s+)?(?<name>\p{Lu}[^,]*?)[,.]?$")]
    private static partial Regex KnownAs();

    /// <summary>An outlet's report of what its source said, up to the source: "Znak.com reported its (anonymous) source" (read
    /// here as a cue's subject, and by the extractor as a clause's).</summary>
    internal const string RelayedSourcePattern = @"[^,;:]{2,60}?\s(?:reported|reports|said|says|claimed|claims)\s+(?<who>(?:its|their|his|her)\s+(?:anonymous\s+|unnamed\s+)?sources?)";

    [GeneratedRegex("^" + RelayedSourcePattern + "$")]
    private static partial Regex RelayedSource();

    [GeneratedRegex(@"^(?:[Tt]he\s+)?(?<name>\p{Lu}[^()]*?)\s*\((?<initials>\p{Lu}[\p{Lu}&]{1,7})\)$")]
    private static partial Regex WithInitials();

    /// <summary>The capitalised words (with "and", "&amp;", no organisation word) ending <paramref name="before"/> in an open
    /// parenthesis, when <paramref name="acronym"/> is their initials: "Pacific Gas and Electric (" and "PG&amp;E".</summary>
    private static string? InitialsFor(string before, string acronym)
    {
        if (NameBeforeParenthesis().Match(before) is not { Success: true } name) return null;
        var words = Tokens(name.Groups["name"].Value, 0, name.Groups["name"].Length);
        var letters = acronym.Replace("&", "");
        // ("Notes from Poland (NFP)": a small word inside may give its letter too.)
        return words.Count >= 2 && words.All(t => t.Capitalized && !t.OrganisationWord || !t.Capitalized && InitialsJoiners.Contains(t.Value))
               && (string.Concat(words.Where(t => t.Capitalized).Select(t => t.Value[0])) == letters
                   || string.Concat(words.Where(t => t.Value is not ("and" or "&")).Select(t => char.ToUpperInvariant(t.Value[0]))) == letters)
            ? name.Groups["name"].Value : null;
    }

    /// <summary>The small words a name abbreviated by its initials may hold: "Pacific Gas and Electric", "Notes from Poland".</summary>
    private static readonly FrozenSet<string> InitialsJoiners = FrozenSet.Create(StringComparer.Ordinal, "and", "&", "of", "for", "from", "on", "in");

    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}\-]*(?:\s+(?:(?:and|&|of|for|from|on|in)\s+)?\p{Lu}[\p{L}\-]*){1,6})\s*\($", RegexOptions.RightToLeft)]
    private static partial Regex NameBeforeParenthesis();

    [GeneratedRegex(@"\G\s*\((?<initials>\p{Lu}{2,8}|\p{Lu}\p{Ll}{2,9}|\p{Lu}\p{Ll}{1,5}\p{Lu}\p{Ll}{1,6})\)")]
    private static partial Regex Initials();

    /// <summary>"The university's chancellor" at a sentence's start reads "the university's chancellor".</summary>
    private static string Lowered(string phrase) =>
        Regex.IsMatch(phrase, @"^(?:The|A|An|One|Two|Three|Several|Some)\s") ? char.ToLowerInvariant(phrase[0]) + phrase[1..] : phrase;


    private readonly TextLayout layout;
    private readonly string text;
    private readonly List<(int Position, Person Person)> mentions = [];
    /// <summary>Organisations named as the object of a preposition ("wrote to the US Embassy in London"): what "the
    /// embassy" stands for later, never "it".</summary>
    private readonly List<(int Position, string Name)> organisationObjects = [];
    /// <summary>People named in full as the object of a preposition ("police spoke with Anne Sacoolas"): no subject, but
    /// what a pronoun of their gender stands for when no one of that gender was named since.</summary>
    private readonly List<(int Position, Person Person)> objects = [];
    private readonly List<(int Position, string Name)> organisations = [];
    private readonly HashSet<string> organisationNames = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>Organisations by the initials given after their name: "the Syrian Democratic Forces (SDF)".</summary>
    private readonly Dictionary<string, string> initials = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Person> byName = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>Where the text first gives each name in full (outside quotation marks).</summary>
    private readonly Dictionary<string, int> namedAt = new(StringComparer.OrdinalIgnoreCase);
    private readonly string? headline;
    /// <summary>The last two or more words of names of three or more ("López Obrador"), each of one person (null when of several).</summary>
    private readonly Dictionary<string, Person?> tails = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="layout">The text.</param>
    /// <param name="title">The headline, when known: people it names in full ("Senator Ted Cruz") count as named before the text.</param>
    public SpeakerPhrases(TextLayout layout, string? title = null)
    {
        this.layout = layout;
        text = layout.Text;
        headline = title;
        // The text first: its reading of a name wins over a headline's (whose capitals may be anyone's: "Ansari Delivers …").
        Register(text, layout.Quotes, before: false);
        if (!string.IsNullOrWhiteSpace(title)) Register(title, [], before: true);
    }

    /// <summary>Records every person named in full (not inside quotation marks), with the title or appositive by the
    /// name, and every later mention by surname alone, for pronouns and surnames to resolve to.</summary>
    private void Register(string source, IReadOnlyList<Quotation> quotes, bool before)
    {
        var tokens = OutsideQuotes(source, Tokens(source, 0, source.Length), quotes);
        var runs = Runs(source, tokens).ToList();
        var names = runs.Select(run => PersonName(tokens, run)).ToArray();
        var found = new List<(int Position, Person Person)>();
        var employers = new List<(int Position, string Name)>();
        var positions = new HashSet<int>();
        // The object of a preposition ("across Poland", "to Jane Roe", "for MV Namse Bangdzod"), but not a name after a
        // title's complement ("President of Argentina Alberto Fernández" is a subject).
        // ("… strewn around. The Aviation Herald reported …": a preposition ending the sentence before governs nothing.)
        bool Object(int r)
        {
            var (start, nameStart) = (runs[r].Start, runs[r].Start + runs[r].Count - (names[r]?.Count ?? runs[r].Count));
            // ("Fitness mattered, according to Kidston. "…," he said": the source of a report speaks, as a subject does.)
            if (nameStart > 0 && (Lexicon.AccordingTo.Contains(tokens[nameStart - 1].Value.ToLowerInvariant())
                                  || nameStart > 1 && Lexicon.AccordingTo.Contains($"{tokens[nameStart - 2].Value.ToLowerInvariant()} {tokens[nameStart - 1].Value}"))) return false;
            // ("…, with Zinichev describing the threat": the subject of a participle after "with" acts, as a subject does.)
            if (nameStart > 0 && tokens[nameStart - 1].Value is "with" or "despite" && runs[r].Start + runs[r].Count is var after && after < tokens.Count
                && tokens[after].Value.EndsWith("ing", StringComparison.Ordinal) && !tokens[after].Capitalized) return false;
            if (nameStart > 0 && Lexicon.Prepositions.Contains(tokens[nameStart - 1].Value) && IsSpace(source[tokens[nameStart - 1].End..tokens[nameStart].Start])) return true;
            return start > 0 && Lexicon.Prepositions.Contains(tokens[start - 1].Value) && IsSpace(source[tokens[start - 1].End..tokens[start].Start])
                && !(tokens[start - 1].Value == "of" && start >= 2 && tokens[start - 2].Title && nameStart > start);
        }
        for (var r = 0; r < runs.Count; r++)
            if (names[r] is { Count: >= 2 } name && !Lexicon.Places.Contains(Join(name)) // "South Carolina" is no one
                && !DescribesNameAfter(tokens, runs, r) // "Philippine Red Cross chair Richard Gordon" is Gordon
                && !(before && (byName.ContainsKey(name[^1].Bare) || !Regex.IsMatch(text, @"(?<![\p{L}\p{N}])" + Regex.Escape(name[^1].Bare) + @"(?![\p{L}\p{N}])"))))
            {
                // (A headline adds only people the text does not name in full but mentions by surname: "Senator Ted Cruz"
                // over a text that says "Cruz"; "Ansari Delivers" names no one.)
                var run = runs[r];
                var full = Join(name);
                // ("Earl L. “Buddy” Carter": a name with a nickname in quotes is known by its words, and named as written.)
                var written = source[name[0].Start..name[^1].End] is var span && span.IndexOfAny(['\u201C', '"']) >= 0 ? span : full;
                // "López Obrador" after "Andrés Manuel López Obrador" is that person, not another.
                if (!byName.ContainsKey(full) && LongerName(full) is { } longer) byName[full] = longer;
                // The title or appositive by the name, read until one is known ("Nancy Pelosi, the Speaker of the House").
                if (!byName.TryGetValue(full, out var known) || known.Title is null)
                {
                    var person = new Person(written, TitleBefore(source, tokens, run, name) ?? AppositiveAfter(source, name[^1].End)
                                                  ?? TitleSetOffBefore(source, tokens[run.Start].Start));
                    if (known is null || person.Title is not null) byName[full] = person;
                    // "Jane Roe, the chief executive of Acme": Acme is an organisation, what "the company" says later.
                    if (!before && Employer(person.Title) is { } employer) employers.Add((tokens[run.Start].Start, employer));
                }
                byName.TryAdd(name[^1].Bare, byName[full]);
                if (!before) namedAt.TryAdd(full, tokens[run.Start].Start);
                // ("Ricardo Rosselló Nevares" is "Rosselló": of three names the middle one may be a first surname, as in Spanish,
                // unless it is a first name or an initial.)
                if (name.Count == 3 && !name[1].FirstName && !name[1].Initial && char.IsUpper(name[1].Value[0])) byName.TryAdd(name[1].Bare, byName[full]);
                for (var k = 2; k < name.Count; k++)
                    tails[Join(name[^k..])] = tails.TryGetValue(Join(name[^k..]), out var other) && other != byName[full] ? null : byName[full];
                // ("Adelita S. Grijalva" … "Adelita Grijalva": the name without its middle initials is the same person.)
                if (name.Count >= 3 && name.Skip(1).SkipLast(1).All(t => t.Initial) && Join([name[0], name[^1]]) is var plain && !byName.ContainsKey(plain))
                    tails[plain] = tails.TryGetValue(plain, out var same) && same != byName[full] ? null : byName[full];
                if (!Object(r) && positions.Add(tokens[run.Start].Start)) found.Add((tokens[run.Start].Start, byName[full]));
                else if (!before && Object(r)) objects.Add((tokens[run.Start].Start, byName[full]));
            }
        // ("The court sentenced David and Louise Turpin": a first name alone before "and" and a full name shares its surname.)
        for (var r = 0; r + 1 < runs.Count; r++)
            if (runs[r].Count == 1 && tokens[runs[r].Start].FirstName && !Lexicon.Places.Contains(tokens[runs[r].Start].Bare)
                && runs[r].Start + 2 == runs[r + 1].Start && tokens[runs[r].Start + 1].Value == "and"
                && names[r + 1] is { Count: 2 or 3 } partner && partner[0].FirstName
                && $"{tokens[runs[r].Start].Bare} {partner[^1].Bare}" is var shared && !byName.ContainsKey(shared))
            {
                var person = byName[shared] = new Person(shared, null);
                person.Gender = GenderOf(tokens[runs[r].Start].Bare, Gender.Unknown);
                if (!before && positions.Add(tokens[runs[r].Start].Start)) found.Add((tokens[runs[r].Start].Start, person));
            }
        // "Tyler says" in a feature that named Tyler Skluzacek: a first name alone, when it is no surname and no one else
        // named has it.
        foreach (var first in byName.Values.Where(p => p.Name.Contains(' ')).Distinct().GroupBy(p => p.Name[..p.Name.IndexOf(' ')]))
            if (first.Count() == 1 && (first.Key.Length > 2 || first.Key.Length == 2 && !Lexicon.Particles.Contains(first.Key) && !Lexicon.Prepositions.Contains(first.Key)))
                byName.TryAdd(first.Key, first.First()); // ("Xi" for Xi Jinping, "Ma" for Ma Ngok: family names first)
        // A surname alone ("Roe", "Ms Roe") is a mention when it is not the object of a preposition ("across Poland"), and
        // when the name was given in full before it ("Greece, Cyprus and Israel" before "Northern Cyprus" mentions no one).
        HashSet<string>? organisationFirstWords = null, headlineSurnames = null;
        // "Senator Roe", "Ms Roe" with no full name given: a person known by a title and surname, for pronouns to find;
        // so is "his wife Jane" (a relative's first name after "his", "her", "their" or a name: "Jane Roe's husband, Tom").
        for (var r = 0; r < runs.Count; r++)
        {
            if (before || names[r] is not { Count: 1 } single || byName.ContainsKey(single[0].Bare) || Lexicon.Places.Contains(single[0].Bare) || Object(r)) continue;
            var start = runs[r].Start;
            string? title = runs[r].Count > 1 && Lexicon.PersonTitles.Contains(tokens[start + runs[r].Count - 2].Bare) ? tokens[start + runs[r].Count - 2].Value
                : runs[r].Count == 1 && start >= 2 && Lexicon.AnonymousHeads.Contains(tokens[start - 1].Value) && GenderOf(tokens[start - 1].Value, Gender.Unknown) != Gender.Unknown
                  && (tokens[start - 2].Value.ToLowerInvariant() is "his" or "her" or "their" || tokens[start - 2].Possessive) ? $"{tokens[start - 2].Value} {tokens[start - 1].Value}" : null;
            // ("Hale said …", "Hale, who led the party, said …": a name alone that speaks is someone, for "he" and "the
            // 61-year-old" to find, even when no list knows it.)
            var word = tokens[start].Bare;
            var speaks = runs[r].Count == 1 && start + 1 < tokens.Count
                         && (tokens[start + 1].Value == "who" || Lexicon.Says(tokens[start + 1].Value))
                         && !tokens[start].OrganisationWord && !tokens[start].Acronym && !Lexicon.English.Contains(word) // ("He", "It", "Everyone", "Officials")
                         && !(start > 0 && tokens[start - 1].Value is "and" or "of" or "for" or "&") // ("Rogaland Fire and Rescue said")
                         && !(organisationFirstWords ??= OrganisationFirstWords(tokens)).Contains(word) // ("Acme" after "Acme Corp.")
                         && !(headline is not null && (headlineSurnames ??= Surnames(headline)).Contains(word)) // (the headline's "Ted Cruz")
                         && SpeltAlike(word) is null; // ("Wasif" for Wasef)
            if (title is null && !speaks) continue;
            var person = byName[single[0].Bare] = new Person(single[0].Bare, title);
            person.Gender = GenderOf(title?.Split(' ')[^1].ToLowerInvariant() ?? "", GenderOf(single[0].Bare, Gender.Unknown));
        }
        var firstNamed = new Dictionary<Person, int>(ReferenceEqualityComparer.Instance);
        foreach (var (position, named) in found) firstNamed.TryAdd(named, before ? -1 : position);
        for (var r = 0; r < runs.Count; r++)
            if (names[r] is { Count: 1 } surname && byName.TryGetValue(surname[0].Bare, out var person) && !Object(r)
                && (!firstNamed.TryGetValue(person, out var first) || first < tokens[runs[r].Start].Start) && positions.Add(tokens[runs[r].Start].Start))
            {
                found.Add((tokens[runs[r].Start].Start, person));
                if (runs[r].Count > 1) person.Gender = GenderOf(tokens[runs[r].Start + runs[r].Count - 2].Value, person.Gender);
            }
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            // ("Iran said the attack was illegal. It added …": a country that speaks speaks as its government, what "it"
            // may stand for.)
            if (!before && !Object(r) && run.Start + run.Count < tokens.Count && tokens[run.Start + run.Count].Value is var verb
                && Lexicon.Says(verb)
                && Regex.Replace(source[tokens[run.Start].Start..tokens[run.Start + run.Count - 1].End], @"^The\s+", "") is var country && Lexicon.Places.Contains(country))
            {
                organisations.Add((tokens[run.Start].Start, country));
                continue;
            }
            if (names[r] is { Count: >= 2 } name && byName.TryGetValue(Join(name), out var named))
            {
                named.Gender = GenderOf(run.Start > 0 ? tokens[run.Start - 1].Value : "", GenderOf(name[0].Bare, GenderOf(tokens[run.Start].Value, named.Gender)));
                // "The Native American Rights Fund's Jacqueline De León": the organisation before the name is named too.
                var owner = tokens.GetRange(run.Start, run.Count - name.Count).SkipWhile(t => t.Value == "The").ToList();
                if (owner.Count > 0 && owner.Any(t => t.OrganisationWord)) organisationNames.Add(string.Join(" ", owner.Select(t => t.Bare)));
            }
            else if (names[r] is null && Object(r) && !before && OrganisationName(source, tokens, run) is { } objectOrganisation)
                organisationObjects.Add((tokens[objectOrganisation.From].Start, source[tokens[objectOrganisation.From].Start..tokens[objectOrganisation.To].End].TrimEnd('.')));
            else if (names[r] is null && !Object(r) && OrganisationName(source, tokens, run) is { } organisation && !AcronymModifier(organisation))
            {
                organisation = (organisation.From, KindAfter(source, tokens, organisation.To));
                var organisationName = source[tokens[organisation.From].Start..tokens[organisation.To].End].TrimEnd('.');
                // ("Pacific Gas and Electric (PG&E)": initials in parentheses after the name they abbreviate are known by it.)
                if (organisation.From == organisation.To && tokens[organisation.From].Start is > 0 and var at && source[at - 1] == '('
                    && InitialsFor(source[Math.Max(0, at - 200)..at], organisationName) is { } expanded)
                {
                    initials.TryAdd(organisationName, expanded);
                    organisationName = expanded;
                }
                if (before) organisations.Insert(0, (-1, organisationName)); // (lists stay in text order: the headline comes first)
                else organisations.Add((tokens[organisation.From].Start, organisationName));
                organisationNames.Add(WithoutPossessive(organisationName));
                // ("(Phivolcs)": a short name in lower case after its capital counts when it begins as the name does.)
                if (Initials().Match(source, tokens[organisation.To].End) is { Success: true } given
                    && (given.Groups["initials"].Value.All(c => char.IsUpper(c) || c == '&') || given.Groups["initials"].Value[0] == Regex.Replace(organisationName, @"^The\s+", "")[0]))
                    initials.TryAdd(given.Groups["initials"].Value, organisationName);
            }
        }
        foreach (var employer in employers) organisations.Insert(Sorted.Prefix(organisations, o => o.Position <= employer.Position), employer);
        if (!before) GenderFromPronouns(tokens, found);

        // "mitochondrial DNA", "U.S. gallons": an acronym alone after an adjective or before a noun names no organisation
        // ("the WHO said", "NASA confirmed" do).
        bool AcronymModifier((int From, int To) organisation)
        {
            if (organisation.From != organisation.To || !tokens[organisation.From].Acronym) return false;
            var (from, to) = organisation;
            if (from > 0 && !tokens[from - 1].Capitalized && !Lexicon.Determiners.Contains(tokens[from - 1].Value.ToLowerInvariant())
                && !Lexicon.Prepositions.Contains(tokens[from - 1].Value) && (before || SentenceStart(tokens[from].Start) < tokens[from - 1].Start)) return true;
            return to + 1 < tokens.Count && !tokens[to + 1].Capitalized && IsSpace(source[tokens[to].End..tokens[to + 1].Start])
                && tokens[to + 1].Value is var next && !(Lexicon.FiniteOrPast(next)
                    || Lexicon.Says(next) || Lexicon.Auxiliaries.Contains(next));
        }
        mentions.InsertRange(before ? 0 : mentions.Count, found.Select(m => (before ? -1 : m.Position, m.Person)).OrderBy(m => m.Item1));
    }

    /// <summary>"Carrie Lam delivered her annual policy speech": a person of unknown gender, the only one named in the
    /// sentence, is of the gender of the first subject, owner or reflexive pronoun after the name in that sentence (outside
    /// quotes; an object may be someone else's).</summary>
    private void GenderFromPronouns(List<Token> tokens, List<(int Position, Person Person)> found)
    {
        var byPosition = found.OrderBy(m => m.Position).ToList();
        for (var k = 0; k < byPosition.Count; k++)
        {
            var (position, person) = byPosition[k];
            if (person.Gender != Gender.Unknown) continue;
            var sentence = layout.SentenceAt(position);
            var first = Sorted.Prefix(byPosition, m => m.Position < sentence.Start);
            var last = Sorted.Prefix(byPosition, m => m.Position < sentence.End);
            if (Enumerable.Range(first, last - first).Any(j => byPosition[j].Person != person)) continue;
            for (var i = Sorted.Prefix(tokens, t => t.Start <= position); i < tokens.Count && tokens[i].Start < sentence.End; i++)
                if (tokens[i].Value.ToLowerInvariant() switch
                    {
                        "he" or "his" or "himself" => Gender.Male,
                        "she" or "herself" => Gender.Female,
                        // "her" as an owner ("her annual speech"), not as an object ("Haddad dismissed her:", "told her that").
                        "her" when i + 1 < tokens.Count && IsSpace(text[tokens[i].End..tokens[i + 1].Start]) && !tokens[i + 1].Capitalized
                                    && !Lexicon.ClauseOpeners.Contains(tokens[i + 1].Value) && !Lexicon.Determiners.Contains(tokens[i + 1].Value) => Gender.Female,
                        _ => Gender.Unknown,
                    } is var pronoun and not Gender.Unknown)
                {
                    person.Gender = pronoun;
                    break;
                }
        }
    }

    /// <summary>A person's gender from an honorific or title ("Ms", "spokeswoman") or a common first name, else as known.</summary>
    /// <summary>The one person named in full whose surname is one letter away from <paramref name="surname"/> (changed, added
    /// or dropped; first letters equal, five letters or more, no first name), if exactly one is.</summary>
    private Person? SpeltAlike(string surname)
    {
        if (surname.Length < 5 || Lexicon.MaleNames.Contains(surname) || Lexicon.FemaleNames.Contains(surname)) return null; // ("Robert" is no "Roberts")
        var alike = byName.Values.Where(p => p.Name.Contains(' ')).Distinct()
            .Where(p => p.Surname is { Length: >= 5 } known && char.ToUpperInvariant(known[0]) == char.ToUpperInvariant(surname[0])
                        && OneEditApart(known, surname))
            .Take(2).ToList();
        return alike.Count == 1 ? alike[0] : null;
    }

    /// <summary>Whether an organisation's name is a business's: "Acme Corp.", "Google", "Globex Holdings".</summary>
    private static bool Business(string name) =>
        Lexicon.OrganisationNames.Contains(name) || Tokens(name, 0, name.Length) is { Count: > 0 } words && (words.Any(t => t.LegalForm) || Lexicon.BusinessWords.Contains(words[^1].Bare));

    /// <summary>The words a capitalised organisation word follows: "Acme" of "Acme Corp.".</summary>
    private static HashSet<string> OrganisationFirstWords(List<Token> tokens) =>
        tokens.Where((t, i) => i + 1 < tokens.Count && tokens[i + 1].Capitalized && tokens[i + 1].OrganisationWord).Select(t => t.Bare).ToHashSet(StringComparer.Ordinal);

    /// <summary>The capitalised words after another capitalised word: "Cruz" of "Senator Ted Cruz proposes …".</summary>
    private static HashSet<string> Surnames(string source)
    {
        var tokens = Tokens(source, 0, source.Length);
        return tokens.Where((t, i) => i > 0 && t.Capitalized && tokens[i - 1].Capitalized).Select(t => t.Bare).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The distinct "name" groups of a pattern's matches before a position. Each pattern is matched once per text
    /// (a long text's many cues stay linear).</summary>
    private List<string> Named(string pattern, int position, Func<string, bool>? keep = null)
    {
        if (!namedMatches.TryGetValue(pattern, out var all))
            namedMatches[pattern] = all = Regex.Matches(text, pattern).Select(m => (m.Index, m.Groups["name"].Value))
                .Where(m => keep?.Invoke(m.Value) ?? true).DistinctBy(m => m.Value).ToList(); // (each name where it is first given)
        return all.Take(Sorted.Prefix(all, m => m.Index < position)).Select(m => m.Value).ToList();
    }

    private readonly Dictionary<string, List<(int Index, string Value)>> namedMatches = new(StringComparer.Ordinal);

    /// <summary>"Hale said" after "Tom Hale and his brother, Peter Hale, …. Peter Hale said": of the people named in full
    /// with that surname, the one the headline names in full, else the one mentioned last (of the last 50 mentions), when
    /// two or more were. A mention as an owner
    /// ("Hunter Biden's laptop") or as someone's relative ("his son Hunter Biden") does not count: news names the one it
    /// is about by surname and the other by a first name.</summary>
    private Person? LatestWithSurname(string surname, int position)
    {
        var recent = MentionsBefore(position, 50).Where(m => m.Person.Name.EndsWith(" " + surname, StringComparison.OrdinalIgnoreCase)).ToList();
        var withSurname = recent.Select(m => m.Person).Distinct().ToList();
        if (withSurname.Count < 2) return null;
        // ("US President Donald Trump tests positive": the one the headline names in full is who the surname alone means,
        // whoever of the family was named since.)
        if (headline is not null && withSurname.Where(p => headline.Contains(p.Name, StringComparison.Ordinal)).ToList() is [var principal]) return principal;
        withSurname = withSurname.Take(2).ToList();
        return recent.Where(m => withSurname.Contains(m.Person) && !Owner().IsMatch(text, m.Position)
                                 && !RelativeBefore().IsMatch(text[Math.Max(0, m.Position - 40)..m.Position]))
            .Select(m => m.Person).FirstOrDefault() ?? withSurname[^1];
    }

    [GeneratedRegex(@"\b(?:[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}\-]*['\u2019]s)\s+(?:son|daughter|wife|husband|brother|sister|father|mother|uncle|aunt|nephew|niece|cousin|grandson|granddaughter|stepson|stepdaughter|partner)\s*,?\s*$")]
    private static partial Regex RelativeBefore();

    /// <summary>The one organisation named before a position (as a subject or an object) whose name is
    /// <paramref name="word"/> and more capitalised words ("Acme Corp.", "Acme Holdings"), if exactly one is.</summary>
    private string? OrganisationStartingWith(string word, int position) =>
        organisations.Concat(organisationObjects)
            .Where(o => o.Position < position && o.Name.StartsWith(word + " ", StringComparison.Ordinal)
                        && o.Name[(word.Length + 1)..].Split(' ').All(w => w.Length > 0 && char.IsUpper(w[0])))
            .Select(o => o.Name).Distinct().ToList() is [var only] ? only : null;

    /// <summary>Whether two words differ by one letter changed, added or dropped (ignoring case).</summary>
    private static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a.Equals(b, StringComparison.OrdinalIgnoreCase)) return false;
        var (i, j, edits) = (0, 0, 0);
        while (i < a.Length && j < b.Length)
        {
            if (char.ToLowerInvariant(a[i]) == char.ToLowerInvariant(b[j])) { i++; j++; continue; }
            if (++edits > 1) return false;
            if (a.Length > b.Length) i++;
            else if (b.Length > a.Length) j++;
            else { i++; j++; }
        }
        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }

    /// <summary>Whether "he" or "she" may stand for the person of that name: a gender known to differ rules it out.</summary>
    public bool Fits(string pronoun, string name) =>
        !byName.TryGetValue(name, out var person) || person.Gender == Gender.Unknown || person.Gender == GenderOf(pronoun.ToLowerInvariant(), Gender.Unknown);

    private static Gender GenderOf(string word, Gender known) =>
        known != Gender.Unknown ? known
        : Lexicon.Female.Contains(word) || Lexicon.FemaleNames.Contains(word) ? Gender.Female
        : Lexicon.Male.Contains(word) || Lexicon.MaleNames.Contains(word) ? Gender.Male
        : Gender.Unknown;

    /// <summary>The tokens outside quotation marks, in one pass over both (each in text order).</summary>
    private static List<Token> OutsideQuotes(string source, List<Token> tokens, IReadOnlyList<Quotation> quotes)
    {
        var outside = new List<Token>(tokens.Count);
        var q = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            while (q < quotes.Count && quotes[q].End <= token.Start) q++;
            // (A nickname in quotes between the words of a name stays: Earl L. “Buddy” Carter.)
            if (!(q < quotes.Count && quotes[q].Start <= token.Start)
                || quotes[q].Start == token.Start && quotes[q].End == token.End && Nickname(source, tokens, i))
                outside.Add(token);
        }
        return outside;
    }

    /// <summary>A participle and its object opening a sentence ("Offering his condolence"), not a description of anyone.</summary>
    [GeneratedRegex(@"^\p{L}+ing\s+(?:his|her|their|its|the|a|an|our|my)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FrontedParticiple();

    /// <summary>A US legislator's party and state set off by commas: "House Speaker Tom Hale, R-La.,", "Jane Roe, D-N.Y.,"
    /// (no title: the title is the one before the name).</summary>
    [GeneratedRegex(@",\s*[DRI]-(?:\p{Lu}\p{Ll}*\.?){1,2}(?=\s*,|\s*$)")]
    private static partial Regex PartyState();

    /// <summary>Letters after a name that are no part of it: "Judge Durham Hall QC", "Jane Roe OBE".</summary>
    [GeneratedRegex(@"(?<=\p{L})\s+(?:QC|KC|MBE|OBE|CBE|KBE|MEP|MSP)(?=[\s,]|$)")]
    private static partial Regex PostNominal();

    /// <summary>An age before a subject: "47-year-old Matovič's government office", "the 62-year-old minister".</summary>
    [GeneratedRegex(@"(?<=^\s*(?:(?:the|a|an)\s+)?)(?:\d{1,3}|" + SpelledAge + @")-year-old\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex Age();

    /// <summary>An age in words, as news writes it to open a sentence: "Fifteen-year-old Robert", "twenty-two-year-old".</summary>
    private const string SpelledAge = @"(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
        + @"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";

    [GeneratedRegex(@"^(?<title>(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s[^,]+\s(?:and|&)\s[^,]+),\s*(?<name>\p{Lu}[\p{L}\-'\u2019.]*(?:\s+\p{Lu}[\p{L}\-'\u2019.]*){1,3})$")]
    private static partial Regex TitlesThenName();

    [GeneratedRegex(@"^(?:(?<name>\p{Lu}[\p{L}\-'\u2019.]*(?:\s+\p{Lu}[\p{L}\-'\u2019.]*){1,3}),\s+)+(?<name>\p{Lu}[\p{L}\-'\u2019.]*(?:\s+\p{Lu}[\p{L}\-'\u2019.]*){1,3}),?\s+(?:and|&)\s+(?<name>\p{Lu}[\p{L}\-'\u2019.]*(?:\s+\p{Lu}[\p{L}\-'\u2019.]*){1,3})$")]
    private static partial Regex NameList();

    [GeneratedRegex(@"^(?<head>[^,]+?)(?:,\s*(?:including|among them)|,?\s+such\s+as)\s")]
    private static partial Regex Including();

    [GeneratedRegex(@"^(?:[Tt]he\s+(?:couple|pair|duo|two(?:\s+(?:men|women|leaders|ministers|presidents|officials|brothers|sisters))?)|[Bb]oth(?:\s+(?:men|women|leaders|of\s+them))?)$")]
    private static partial Regex Pair();

    [GeneratedRegex(@"^[Tt]he\s+(?:\d{1,3}|" + SpelledAge + @")-year-old\s+(?<noun>\p{Ll}+)$")]
    private static partial Regex AgedDescription();

    /// <summary>The person a single word names: by surname, or by the first word of a full name ("Xi" for Xi Jinping) once
    /// that name was given ("Tesco said" before "Tesco Polska" is named is not Tesco Polska).</summary>
    private Person? ByFirstWord(string word, int position) =>
        byName.GetValueOrDefault(word) is { } person
        && (person.Name.EndsWith(word, StringComparison.OrdinalIgnoreCase) || headline?.Contains(person.Name, StringComparison.Ordinal) == true
            || namedAt.TryGetValue(person.Name, out var at) && at < position)
            ? person : null;

    /// <summary>The speakers a subject phrase names, or null when it names none (a document, "it", a clause).</summary>
    public SpeakerMatch? Read(int start, int end)
    {
        // ("Pacific Gas and Electric (PG&E) said": capitalised words, no organisation word among them, followed by their own
        // initials are an organisation's name, though they read as people's.)
        if (WithInitials().Match(text[start..end].Trim()) is { Success: true } withInitials
            && InitialsFor(withInitials.Groups["name"].Value + " (", withInitials.Groups["initials"].Value) is { } named)
            return new SpeakerMatch([new ExtractedSpeaker { Name = named, Kind = SpeakerKind.Organisation }], withInitials.Value, 0.9, SpeakerRule.Organisation);
        var written = Parenthetical().Replace(text[start..end], "");
        // ("The 35-year-old teacher said" is the person named with that age, or last, as "the 35-year-old" is; "the
        // 62-year-old minister" is the minister's.)
        var aged = AgedDescription().Match(written.Trim()) is { Success: true } description && !Lexicon.Titles.Contains(description.Groups["noun"].Value);
        var phrase = PartyState().Replace(PostNominal().Replace(aged ? written : Age().Replace(written, ""), ""), "");
        var trimmed = phrase.Trim().Trim(',', ':', '.', ';', '\u2014', '\u2013', '-').Trim();
        // ("questions about Biden's alleged decline": a possessive owns the word after it, which is no verb of its.)
        if (EndsInApostropheS(trimmed) && Word().Match(text, end) is { Success: true } owned && text.AsSpan(end, owned.Index - end).IsWhiteSpace()
            && owned.Value.All(char.IsLower) && Lexicon.Past(owned.Value)) return null;
        // ("he broached the New York Times report that …": a pronoun and its verb make no subject of another.)
        if (Word().EnumerateMatches(trimmed) is var leading && leading.MoveNext() && leading.Current.Index == 0
            && SubjectPronounSpans.Contains(trimmed.AsSpan(0, leading.Current.Length)) && leading.MoveNext()
            && trimmed.AsSpan(leading.Current.Index, leading.Current.Length) is var second && !second.ContainsAnyExcept(LowerLetters)
            && Lexicon.Past(second.ToString())) return null;
        // ("Fifty former officials, including Jane Roe and Tom Hale, said", "Political commentators such as Brit Hume and Chris
        // Wallace described": the people named after "including" or "such as" are some of those who spoke, who are the head.)
        if (Including().Match(trimmed) is { Success: true } including) trimmed = including.Groups["head"].Value.Trim();
        // ("Znak.com reported its source said "…"": the source said it, as the outlet reported.)
        if (RelayedSource().Match(trimmed) is { Success: true } relayed) trimmed = relayed.Groups["who"].Value;
        if (trimmed.Length == 0 || trimmed.Length > 200) return null;

        var words = Tokens(trimmed, 0, trimmed.Length);
        if (words.Count == 0) return null;
        // "The group, known as Extinction Rebellion": an organisation of that kind, by the name it goes by.
        if (KnownAs().Match(trimmed) is { Success: true } known && Lexicon.OrganisationWords.Contains(known.Groups["head"].Value))
            return new SpeakerMatch([new ExtractedSpeaker { Name = known.Groups["name"].Value, Kind = SpeakerKind.Organisation }], trimmed, 0.85, SpeakerRule.Organisation);
        if (words.Count == 1 && Lexicon.PersonPronouns.Contains(words[0].Value))
        {
            var gender = GenderOf(words[0].Value.ToLowerInvariant(), Gender.Unknown);
            return PronounAntecedent(start, words[0].Value, gender) is { } person ? new SpeakerMatch([Named(person, null)], trimmed, 0.85, SpeakerRule.Pronoun)
                : PreviousSourceSpeaker(start, gender) is { } source ? new SpeakerMatch([source], trimmed, 0.6, SpeakerRule.Pronoun) : null;
        }
        // ("One of the children said, "…" However, this person also said …": the unnamed source of the sentence before.)
        if (trimmed.ToLowerInvariant() is "this person" or "the person" or "this source" or "the same source" && PreviousSourceSpeaker(start, Gender.Unknown) is { } same)
            return new SpeakerMatch([same], trimmed, 0.6, SpeakerRule.Anaphor);
        // ("Residents said …. "…," one said": one of the unnamed group that spoke or was the subject just before.)
        if (words.Count <= 3 && trimmed.ToLowerInvariant() is "one" or "another" or "one of them" or "another one"
            && (PreviousGroupSpeaker(start) ?? PreviousGroupSubject(start)) is { } members)
            return new SpeakerMatch([members], trimmed, 0.5, SpeakerRule.GroupPronoun);
        // ("Jane Roe and her husband Tom Roe were arrested. The couple said …", "The two leaders said": the two people named
        // together last.)
        if (Pair().IsMatch(trimmed) && LastGroupBefore(start) is { Count: 2 } pair)
            return new SpeakerMatch(pair.Select(p => Named(p, null)).ToList(), trimmed, 0.6, SpeakerRule.GroupPronoun);
        if (words.Count == 1 && words[0].Value.Equals("they", StringComparison.OrdinalIgnoreCase))
        {
            if (LastGroupBefore(start) is { } group)
                return new SpeakerMatch(group.Select(p => Named(p, null)).ToList(), trimmed, 0.6, SpeakerRule.GroupPronoun);
            // "US authorities claimed … Listed US states were … They also stated …": unnamed people who spoke just before
            // come before an organisation named since; so does the unnamed group that is the subject of the sentence before
            // ("The team found diverse DNA. …, they reasoned, …").
            if ((PreviousGroupSpeaker(start) ?? PreviousGroupSubject(start)) is { } unnamed)
                return new SpeakerMatch([unnamed], trimmed, 0.6, SpeakerRule.GroupPronoun);
        }
        // ("…, according to a statement posted to his Twitter account. It also stated …": "it" is the document, no one's word.)
        if (words.Count == 1 && words[0].Value.Equals("it", StringComparison.OrdinalIgnoreCase)
            && QuoteExtractor.NamesUnauthoredDocument(text[Math.Max(0, PreviousSentenceStart(start))..start]))
            return null;
        // ("The ministry met. It said …. It added …": "it" opening sentence after sentence is read where the run begins.)
        if (words.Count == 1 && words[0].Value.ToLowerInvariant() is "it" or "they" && FirstOfPronounChain(start, words[0].Value) is var chain)
            return LastOrganisationBefore(chain) is { } organisation
                ? new SpeakerMatch([new ExtractedSpeaker { Name = organisation, Kind = SpeakerKind.Organisation }], trimmed, 0.75, SpeakerRule.OrganisationPronoun)
                : PreviousSubject(chain) is { } subject && (words[0].Value.Equals("it", StringComparison.OrdinalIgnoreCase) || IsOrganisation(subject))
                    ? new SpeakerMatch([subject], trimmed, 0.6, SpeakerRule.OrganisationPronoun)
                    : null;

        // ("Jim Banks … said Banks": a capitalised plural that is the surname of someone named in full is that person.)
        if (words.Count == 1 && char.IsUpper(words[0].Value[0]) && OrganisationPlural(words[0].Bare.ToLowerInvariant())
            && Surname(words[0].Bare) is { } surnamed && surnamed.Speakers[0].Name.EndsWith(" " + words[0].Bare, StringComparison.Ordinal))
            return surnamed with { Mention = trimmed };

        // "The two companies said", "Both governments said": organisations counted, those named together last (the
        // sentence that named two or more), else as described.
        if (words.Count <= 4 && OrganisationPlural(words[^1].Bare.ToLowerInvariant())
            && words.SkipLast(1).All(w => Lexicon.Determiners.Contains(w.Value.ToLowerInvariant()) || Lexicon.Quantifiers.Contains(w.Bare.ToLowerInvariant())))
            return OrganisationsTogether(start) is { } together
                ? new SpeakerMatch(together.Select(name => new ExtractedSpeaker { Name = name, Kind = SpeakerKind.Organisation }).ToList(), trimmed, 0.7, SpeakerRule.Anaphor)
                : new SpeakerMatch([new ExtractedSpeaker { Name = Lowered(trimmed), Kind = SpeakerKind.Organisation }], trimmed, 0.6, SpeakerRule.Organisation);

        // ("The then-manager of Barmouth Publicity and Director of Mid Wales Tourism Partnership, David Clay": titles, with an
        // "and" of their own, set off before the name they describe.)
        if (TitlesThenName().Match(trimmed) is { Success: true } titled && PersonName(Tokens(titled.Groups["name"].Value, 0, titled.Groups["name"].Length),
                new Run(0, Tokens(titled.Groups["name"].Value, 0, titled.Groups["name"].Length).Count)) is { Count: >= 2 } titledName)
        {
            var name = Join(titledName);
            var person = byName.GetValueOrDefault(name);
            return new SpeakerMatch([new ExtractedSpeaker { Name = person?.Name ?? name, Kind = SpeakerKind.Person, Affiliation = titled.Groups["title"].Value }],
                trimmed, 1.0, SpeakerRule.FullName);
        }
        // ("Secretary of the Department of Energy Chris Wright": a title of an organisation, then a first name and a surname.)
        if (OfficeThenName.Match(trimmed) is { Success: true } office && Tokens(office.Groups["name"].Value, 0, office.Groups["name"].Length) is [{ FirstName: true }, _])
        {
            var name = office.Groups["name"].Value;
            return new SpeakerMatch([new ExtractedSpeaker { Name = byName.GetValueOrDefault(name)?.Name ?? name, Kind = SpeakerKind.Person, Affiliation = office.Groups["title"].Value }],
                trimmed, 1.0, SpeakerRule.FullName);
        }
        var speakers = new List<ExtractedSpeaker>();
        var certainty = 1.0;
        var rule = SpeakerRule.FullName;
        foreach (var part in Coordinated(trimmed))
        {
            if (ReadOne(part, start) is not { } one) return null;
            speakers.Add(one.Speaker);
            if (speakers.Count == 1 || one.Certainty < certainty) rule = one.Rule;
            certainty = Math.Min(certainty, one.Certainty);
        }
        return speakers.Count == 0 ? null : new SpeakerMatch(speakers.DistinctBy(s => s.Name).ToList(), trimmed, certainty, rule);
    }

    /// <summary>"López Obrador" after "Andrés Manuel López Obrador": the one person named in full whose name ends so.</summary>
    private Person? LongerName(string tail) => tails.GetValueOrDefault(tail);

    /// <summary>An organisation the text names, or one named by its kind ("the company"): what "they" may stand for.</summary>
    private bool IsOrganisation(ExtractedSpeaker speaker) =>
        speaker.Kind == SpeakerKind.Organisation && (organisationNames.Contains(speaker.Name) || Lexicon.OrganisationWords.Contains(speaker.Name.Split(' ')[^1]));

    /// <summary>The subject a verb leaves out ("…», señaló."): the last person named before it, as "he" or "she" would be.
    /// The verb is the mention.</summary>
    public SpeakerMatch? Implicit(int position, string verb) =>
        LastPersonBefore(position, Gender.Unknown) is { } person ? new SpeakerMatch([Named(person, null)], verb, 0.8, SpeakerRule.Pronoun) : null;

    /// <summary>A title word, capitalised: "Secretary", "Ranking".</summary>
    private static readonly string CapitalisedTitle = @"(?=\p{Lu})(?i:" + Lexicon.Alternation(Lexicon.Titles) + ")";

    /// <summary>A title of an organisation and the name after it: "Secretary of the Department of Energy Chris Wright".</summary>
    private static readonly Regex OfficeThenName = new(@"^(?<title>" + CapitalisedTitle + @"\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}\-]*(?:\s+(?:of\s+|and\s+|for\s+)?\p{Lu}[\p{L}\-]*){0,5}?)\s+(?<name>\p{Lu}[\p{L}\-'\u2019]+\s+\p{Lu}[\p{L}\-'\u2019]+)$",
        RegexOptions.CultureInvariant);

    /// <summary>An office: a capitalised title, more capitalised words and "of", "on" or "for" ("Ranking Member of the House
    /// Subcommittee on …").</summary>
    private static readonly Regex Office = new(@"^" + CapitalisedTitle + @"(?:\s+\p{Lu}[\p{L}\-]*){1,3}\s+(?:of|on|for)\s",
        RegexOptions.CultureInvariant);

    /// <summary>A name (capitalised words) and, after a comma, an office: capitalised words and "of", "on" or "for".</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}\-'\u2019]*(?:\s+\p{Lu}[\p{L}\-'\u2019]*){0,3},\s+\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3}\s+(?:of|on|for)\s")]
    private static partial Regex OfficeAfterName();

    /// <summary>Splits "A and B", "A as well as B" when both sides name someone: "journalist and author Graeme Wood"
    /// and "Search and Rescue Agency" stay whole.</summary>
    private IEnumerable<string> Coordinated(string phrase)
    {
        // ("Tom Hale, Jane Roe, and Bob Smith": a list of names, commas between them, is one name each.)
        if (NameList().Match(phrase) is { Success: true } list
            && list.Groups["name"].Captures.All(c => IsPersonName(Tokens(c.Value, 0, c.Length))))
            return list.Groups["name"].Captures.Select(c => c.Value).ToList();
        var pieces = Regex.Split(phrase, @"(\s+(?:and|as well as|&)\s+)");
        var parts = new List<string> { pieces[0] };
        for (var i = 2; i < pieces.Length; i += 2)
        {
            var left = Tokens(parts[^1], 0, parts[^1].Length);
            var right = Tokens(pieces[i], 0, pieces[i].Length);
            var lastPart = parts[^1].Split(',')[^1].TrimStart();
            // ("Greg Barton, Chair In Global Islamic Politics in the Faculty of Arts and Education": a title opens it too.)
            var inAppositive = parts[^1].Contains(',') && lastPart.Length > 0
                && (char.IsLower(lastPart[0]) || Lexicon.Titles.Contains(lastPart.Split(' ')[0].ToLowerInvariant())
                    // ("Roe, Ranking Member of the Subcommittee on Indian and Insular Affairs", "Roe, Member of the Committee and
                    // Vice-Chair of the Caucus": an office of a named person, unless a first name opens the right side.)
                    || OfficeAfterName().IsMatch(parts[^1]) && !(right.Count >= 2 && right[0].FirstName));
            // "Search and Rescue Agency", "Center for Systems Science and Engineering", "Food and Agriculture Organization's":
            // one organisation's name when a side holds an organisation word and the other side is no person's name.
            var rightRun = right.TakeWhile(t => t.Capitalized).ToList();
            // (The capitals ending the left side, "The" left out: "The Search".)
            var leftRun = left.AsEnumerable().Reverse().TakeWhile(t => t.Capitalized).Reverse().SkipWhile(t => Lexicon.Determiners.Contains(t.Value)).ToList();
            var oneName = pieces[i - 1].Trim() is "and" or "&" && right.Count > 0 && right[0].Capitalized && left.Count > 0 && left[^1].Capitalized
                && (rightRun.Any(t => t.OrganisationWord) && !IsPersonName(leftRun)
                    || left.Any(t => t.OrganisationWord) && !IsPersonName(rightRun))
                // …unless the other side is an organisation the text names on its own ("the ACLU of Montana and Native American Rights Fund"),
                // or each side is one such word ("Reuters and NBC", "the Army and Navy").
                && !organisationNames.Contains(string.Join(' ', rightRun.Select(t => t.Bare)))
                && !left[^1].LegalForm // ("Acme Corp. and Globex Inc.")
                && !(leftRun is [{ OrganisationWord: true }] && rightRun.Count == 1 && right.Count == 1
                     && (rightRun[0].OrganisationWord || rightRun[0].Acronym));
            // "Haifa University expert and former security official, Tom Hale": two descriptions of one person.
            // ("Journalist and author Tom Hale" opening a sentence: its first word is a description too.)
            var descriptions = left.Count > 0 && right.Count > 0 && !right[0].Capitalized
                && (!left[^1].Capitalized || left.Count == 1 && Lexicon.AnonymousHeads.Contains(left[0].Bare.ToLowerInvariant()));
            // ("police and county officials", "Police and firefighters": two unnamed groups, the second plural.)
            var groups = left.Count > 0 && right.Count > 0 && right.All(t => !t.Capitalized) && right[^1].Bare.EndsWith('s')
                && Lexicon.AnonymousHeads.Contains(right[^1].Bare) && left.All(t => !t.Capitalized || t.Start == 0)
                && Lexicon.AnonymousHeads.Contains(left[^1].Bare.ToLowerInvariant());
            // "Jane Roe of Rogaland Fire and Rescue": one word that names nobody continues the organisation after "of"; so do
            // a few capitalised words after an organisation word ("of the Department of Emergency Services and Public Protection").
            var ofOrganisation = Regex.Match(parts[^1], @"\b(?:of|from|at)\s+(?:the\s+)?\p{Lu}[^,]*$");
            // ("scientists from China's Tsinghua University and the Chinese Academy of Sciences": an organisation after "the" too.)
            var rightNamed = right.SkipWhile(t => t.Value == "the").ToList();
            // ("The California Department of Forestry and Fire Protection": the organisation word may stand before "of".)
            var affiliationGoesOn = ofOrganisation.Success && rightNamed.Count > 0 && rightNamed.All(t => t.Capitalized || t.Value == "of")
                && (rightNamed.Count == 1 && !IsPersonName(rightNamed)
                    || rightNamed.Count <= 5 && !rightNamed.Any(t => t.FirstName)
                       && (Tokens(ofOrganisation.Value, 0, ofOrganisation.Length).Any(t => t.OrganisationWord)
                           || !rightNamed.Any(t => t.OrganisationWord)
                              && Word().Matches(parts[^1][..ofOrganisation.Index]).LastOrDefault() is { } beforeOf && Lexicon.OrganisationWords.Contains(beforeOf.Value)));
            // "Trump and his supporters": a name, and people described after it.
            var peopleAfter = left.Count > 0 && left[^1].Capitalized && !left[^1].Title && right.Count is >= 2 and <= 4 && right.All(t => !t.Capitalized)
                && Lexicon.AnonymousHeads.Contains(right[^1].Bare) && right[0].Value is "his" or "her" or "their" or "its" or "other" or "several" or "many" or "some";
            // "Tom Hale, President and CEO of …", "…, Inc. and founder of …": one person's titles after a comma.
            // ("Conservative Party leader and Prime Minister Boris Johnson": a title ending the left side, a title opening the
            // right and no name on the left are one person's titles, without a comma.)
            var titles = right.Count > 0 && right[0].Title && left.Count > 0 && left[^1].Title
                         && (parts[^1].Contains(',') || !left[^1].Capitalized && !Runs(parts[^1], left).Any(r => PersonName(left, r) is { Count: >= 2 }))
                         || parts[^1].Contains(',') && right.Count > 0 && right[0].Title && !right[0].Capitalized;
            // "authorities in the United Kingdom and the United States": places after "in" are where one party is from.
            var places = Regex.IsMatch(parts[^1], @"\bin\s+(?:the\s+)?\p{Lu}[^,]*$") && Lexicon.Places.Contains(Regex.Replace(pieces[i].Trim(), @"^the\s+", ""));
            // ("New Orleans and Jefferson Parish officials": places that share the head after them, people of both.)
            var sharedHead = left.Count > 0 && right.Count >= 2 && !right[^1].Capitalized && right[^1].Bare.EndsWith('s') && Lexicon.AnonymousHeads.Contains(right[^1].Bare)
                && right.SkipLast(1).All(t => t.Capitalized && !t.Title) && left.All(t => t.Capitalized && !t.Title && !t.OrganisationWord)
                && (left.Count >= 2 && !left[0].FirstName || left.Count == 1 && Lexicon.Places.Contains(left[0].Bare));
            var separate = !inAppositive && !places && !oneName && !affiliationGoesOn && !titles && !sharedHead
                && (!descriptions && (left.Any(t => t.Capitalized && !t.Title) && right.Any(t => t.Capitalized && !t.Title) || peopleAfter) || groups);
            if (separate) parts.Add(pieces[i]);
            else parts[^1] += pieces[i - 1] + pieces[i];
        }
        // ("Bill and Hillary Clinton", "David and Louise Turpin": a first name alone before a full name shares its surname.)
        for (var k = 0; k + 1 < parts.Count; k++)
            if (Tokens(parts[k], 0, parts[k].Length) is [{ FirstName: true } first] && !Lexicon.Places.Contains(first.Bare)
                && Tokens(parts[k + 1], 0, parts[k + 1].Length) is { Count: 2 or 3 } next
                && next.All(t => t.Capitalized) && next[0].FirstName)
                parts[k] = $"{parts[k].Trim()} {next[^1].Bare}";
        // ("… as well as U.S. Reps. Suzanne Bonamici, Andrea Salinas, Val Hoyle and Maxine Dexter": a part that is a list of
        // full names, commas between them and titles before the first, is one name each.)
        return parts.SelectMany(part => NameList(part) ?? [part]).ToList();
    }

    /// <summary>The names of a part that is a list of full names with commas between them, titles before the first
    /// ("U.S. Reps. Suzanne Bonamici, Andrea Salinas, Val Hoyle"); else null.</summary>
    private string[]? NameList(string part)
    {
        if (part.Split(',', StringSplitOptions.TrimEntries) is not { Length: >= 2 } names
            || !names.Skip(1).All(n => Tokens(n, 0, n.Length) is { Count: >= 2 } words && words.All(t => t.Capitalized) && IsPersonName(words)))
            return null;
        var first = Tokens(names[0], 0, names[0].Length);
        return Runs(names[0], first).ToList() is [{ Start: 0 } run] && run.Count == first.Count && PersonName(first, run) is { Count: >= 2 } ? names : null;
    }

    /// <summary>Whether capitalised words are a person's name: two to four words, none a title, organisation word,
    /// acronym or possessive, or a name the text has given in full.</summary>
    private bool IsPersonName(List<Token> run) =>
        run.Count > 0 && (byName.ContainsKey(Join(run)) || run.Count is >= 2 and <= 4
            && !run.Where((t, i) => t.Title && !(i > 0 && t.Initial) || t.OrganisationWord || t.Acronym || t.Possessive || char.IsDigit(t.Value[0])).Any());

    private (ExtractedSpeaker Speaker, double Certainty, SpeakerRule Rule)? ReadOne(string phrase, int position)
    {
        // Appositives: "Nancy Pelosi, the Speaker of the House" or "The Vice President, Mike Pence"; a part opening
        // with a preposition ("in remarks to ABC", "on Tuesday") is an adverbial, not an appositive.
        var parts = phrase.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where((p, i) => i == 0 || !Lexicon.ClauseOpeners.Contains(p.Split(' ')[0]) && !NameSuffix().IsMatch(p)) // "Tom Kean, Jr.
            .Where(p => p.Contains(' ') || !Lexicon.CueAdverbs.Contains(p)).Take(3).ToList(); // "Roe, however, said"
        // ("Roe, Ranking Member of the Subcommittee on Indian and Insular Affairs": an office after the first part names no one.)
        var read = parts.Select((p, i) => (Part: p, Result: i > 0 && Office.IsMatch(p) ? null : ReadSegment(p, position))).ToList();
        var best = read.Where(r => r.Result is not null)
            .OrderByDescending(r => Rank(r.Result!.Value.Speaker)).ThenByDescending(r => r.Result!.Value.Certainty)
            .ThenBy(r => AfterPreposition(r.Part, r.Result!.Value.Speaker.Name)).FirstOrDefault(); // ("The head of the League for Human Rights, Jane Roe")
        if (best.Result is not { } result) return null;
        var speaker = result.Speaker;
        var appositive = read.Where(r => r.Part != best.Part).Select(r => r.Part).FirstOrDefault();
        if (appositive is not null && speaker.Kind != SpeakerKind.Anonymous && !DescribesOrganisation(appositive)
            && !appositive.All(c => char.IsDigit(c) || char.IsWhiteSpace(c)) // "Hale, 54, said": an age
            && appositive.ToLowerInvariant() is not ("someone" or "somebody" or "one") // "someone, seemingly Hale, says"
            && !Lexicon.Prepositions.Contains(appositive.Split(' ')[0].ToLowerInvariant()) // "With this discovery, Seager said"
            && !appositive.StartsWith("according to ", StringComparison.OrdinalIgnoreCase) // "According to police, Roe said"
            && !FrontedParticiple().IsMatch(appositive)) // "Offering his condolence, speaker of the parliament Ali Larijani": a clause
            speaker = speaker with { Affiliation = Lowered(appositive) };
        return (speaker, result.Certainty, result.Rule);
    }

    /// <summary>Whether a name read from a phrase follows a preposition there ("… for the Defence of Human Rights"): more
    /// likely the end of an organisation's name than a person's.</summary>
    private static bool AfterPreposition(string part, string name) =>
        part.IndexOf(name, StringComparison.Ordinal) is > 0 and var at && Word().Matches(part[..at]).LastOrDefault() is { } before
        && Lexicon.Prepositions.Contains(before.Value);

    /// <summary>"United States House of Representatives Speaker Jane Roe": the words before "of" begin a title whose
    /// person comes after it (a title word followed by a name), so they are no person's name.</summary>
    private static bool TitleGoesOn(List<Token> tokens, Run run)
    {
        var next = run.Start + run.Count;
        if (!(next + 1 < tokens.Count && tokens[next].Value == "of" && tokens[next + 1].Capitalized)) return false;
        for (var i = next + 1; i + 1 < tokens.Count && tokens[i].Capitalized; i++)
            if (tokens[i].Title && tokens[i + 1].Capitalized && !tokens[i + 1].Title) return true;
        return false;
    }

    /// <summary>"White House spokesman Tom Hale", "Samoa Observer editor Keni Lesa": a run of capitals before a lower-case
    /// role and a full name describes where the named person is from.</summary>
    private static bool DescribesNameAfter(List<Token> tokens, List<Run> runs, int index)
    {
        var run = runs[index];
        // ("White House press secretary Kayleigh McEnany", "the show's writer and performer Rob Bartlett": up to three words
        // in lower case, the last of them a role.)
        var next = run.Start + run.Count;
        if (next < tokens.Count && tokens[next].Value is "and" or "or") return false; // "Jane Roe and energy minister Tom Hale": two people
        var last = next;
        // ("Jane Roe met opposition leader Tom Hale": a verb between makes two people.)
        while (last < tokens.Count && last - next < 3 && !tokens[last].Capitalized && !Lexicon.Prepositions.Contains(tokens[last].Value)
               && !Lexicon.Determiners.Contains(tokens[last].Value) && !Lexicon.Subordinators.Contains(tokens[last].Value)
               && !Lexicon.FiniteOrPast(tokens[last].Value)) last++;
        return last > next && (tokens[last - 1].Title || Lexicon.AnonymousHeads.Contains(tokens[last - 1].Bare) || RoleNoun().IsMatch(tokens[last - 1].Value))
            && index + 1 < runs.Count && runs[index + 1].Start == last && PersonName(tokens, runs[index + 1]) is { Count: >= 2 };
    }

    /// <summary>"Tom Hale's daughter Jane": after an owner, a word for a relative and the relative's known first name.</summary>
    private bool RelativeNamed(List<Token> tokens, List<Run> runs, Run owner)
    {
        var next = owner.Start + owner.Count;
        return next + 1 < tokens.Count && !tokens[next].Capitalized && GenderOf(tokens[next].Value, Gender.Unknown) != Gender.Unknown
            && Lexicon.AnonymousHeads.Contains(tokens[next].Value) && runs.Any(r => r.Start == next + 1 && byName.ContainsKey(tokens[next + 1].Bare));
    }

    /// <summary>A noun of what someone does, in lower case: "editor", "performer", "columnist", "historian".</summary>
    [GeneratedRegex(@"^\p{Ll}{2,}(?:er|or|ist|ian|eer)$")]
    private static partial Regex RoleNoun();

    private static int Rank(ExtractedSpeaker s) => s.Kind switch { SpeakerKind.Person => 3, SpeakerKind.Organisation => 2, _ => 1 };

    /// <summary>"Doug Miller of Milltech Marine, a firm specialising in AIS": the appositive describes the firm ("the
    /// company's founder" describes the person).</summary>
    private static bool DescribesOrganisation(string appositive) =>
        Regex.IsMatch(appositive, @"^(?:a|an|the)\s+(?:\w+\s+)?(?:firm|company|group|organi[sz]ation|agency|charity|start-?up|publisher|network|newspaper|website|think[- ]tank|body|institute|union)\b(?!['\u2019]s)", RegexOptions.IgnoreCase);

    /// <summary>One appositive-free segment: a named person, an organisation, a role ("the minister"), or a description.</summary>
    private (ExtractedSpeaker Speaker, double Certainty, SpeakerRule Rule)? ReadSegment(string segment, int position)
    {
        var tokens = Tokens(segment, 0, segment.Length);
        if (tokens.Count == 0 || tokens.Count > 16) return null;
        // "… and several said": people counted, no more said of them.
        if (tokens.Count == 1 && Lexicon.CountedPeople.Contains(tokens[0].Bare))
            return (new ExtractedSpeaker { Name = tokens[0].Bare.ToLowerInvariant(), Kind = SpeakerKind.Anonymous }, 0.7, SpeakerRule.Anonymous);
        // "A university student named Wong": the person of that name, described so.
        if (NamedAfterDescription().Match(segment) is { Success: true } namedAfter)
            return (new ExtractedSpeaker { Name = namedAfter.Groups["name"].Value, Kind = SpeakerKind.Person, Affiliation = namedAfter.Groups["description"].Value },
                0.85, byName.ContainsKey(namedAfter.Groups["name"].Value) ? SpeakerRule.KnownSurname : SpeakerRule.FullName);
        // "Some local press": a quantifier before the press or the media counts no one; the press is the speaker.
        if (tokens.Count is 3 or 4 && Lexicon.Quantifiers.Contains(tokens[0].Bare.ToLowerInvariant()) && tokens.Skip(1).All(t => !t.Capitalized)
            && tokens[^1].Bare is "press" or "media")
            return ReadSegment(segment[tokens[1].Start..], position);
        // "The 54-year-old": the person named with that age ("Jane Roe, 54,"), or else the person named last. "The agency",
        // "the ministry": the organisation named last, when it is one of that kind ("the ministry" after the Ministry of
        // Health) or the word names any ("the organisation").
        // ("The father of two": a man, the person of that gender named last.)
        if (AgeAnaphor().Match(segment) is { Success: true } anaphor
            && ((anaphor.Groups["age"] is { Success: true } age ? MentionsBefore(position, 50).FirstOrDefault(m => AgeAfter(m.Position) == age.Value).Person : null)
                ?? LastPersonBefore(position, tokens.Select(t => GenderOf(t.Bare.ToLowerInvariant(), Gender.Unknown)).FirstOrDefault(g => g != Gender.Unknown))) is { } aged)
            return (Named(aged, null), 0.75, SpeakerRule.Anaphor);
        // "the Department" after "the Department of Agriculture" or "the Agriculture Department": the organisation named
        // before whose head that word is.
        if (tokens.Count == 2 && tokens[0].Value.Equals("the", StringComparison.OrdinalIgnoreCase) && tokens[1].Capitalized && !tokens[1].Acronym
            && Lexicon.OrganisationWords.Contains(tokens[1].Bare)
            && organisations.Where(o => o.Position >= 0 && o.Position < position && o.Name != tokens[1].Bare
                                        && Regex.IsMatch(o.Name, @"^" + Regex.Escape(tokens[1].Bare) + @"\s+of\b|\b" + Regex.Escape(tokens[1].Bare) + @"$"))
                   .Select(o => o.Name).LastOrDefault() is { } headed)
            return (new ExtractedSpeaker { Name = headed, Kind = SpeakerKind.Organisation }, 0.7, SpeakerRule.Anaphor);
        // ("The space agency said" after NASA: a word in lower case may describe it, and so may where it is: "the
        // Seattle-based retailer", "the Paris company".)
        if (tokens.Count is 2 or 3 && tokens[0].Value.Equals("the", StringComparison.OrdinalIgnoreCase)
            && tokens.Skip(1).All(t => !t.Capitalized || LedBy().IsMatch(t.Bare) || Lexicon.Places.Contains(t.Bare)) && tokens[^1].OrganisationWord)
        {
            var since = Math.Min(PreviousSentenceStart(position), layout.LineBreakAtOrBefore(Math.Max(0, position - 1)));
            // ("The company said" after "The European Commission fined Google": a word for a business is the latest business
            // named in this paragraph or the sentence before, as subject or object: a name with a legal form, a name the
            // lists know, or one ending in a word for a business.)
            // (Of the businesses of that sentence, the first: "Acme Corp. and Globex Inc. agreed …. The company said" is Acme's.)
            if (Lexicon.BusinessWords.Contains(tokens[^1].Bare)
                && organisations.Concat(organisationObjects).Where(o => o.Position >= since && o.Position < position && Business(o.Name))
                    .OrderBy(o => o.Position).ToList() is { Count: > 0 } businesses)
            {
                var sentence = layout.SentenceAt(businesses[^1].Position).Start;
                return (new ExtractedSpeaker { Name = businesses.First(o => o.Position >= sentence).Name, Kind = SpeakerKind.Organisation }, 0.75, SpeakerRule.Anaphor);
            }
            // ("The industry publication stated" after "The Aviation Herald reported": a word for an outlet is as general.)
            if (LastOrganisationBefore(position) is { } named
                && (named.Contains(tokens[^1].Bare, StringComparison.OrdinalIgnoreCase) || Lexicon.GenericOrganisationWords.Contains(tokens[^1].Bare)
                    || Lexicon.OutletWords.Contains(tokens[^1].Bare) && !Business(named)))
                return (new ExtractedSpeaker { Name = named, Kind = SpeakerKind.Organisation }, 0.75, SpeakerRule.Anaphor);
            // "… wrote to the US Embassy in London. Both he and the commissioner urged … The embassy declined …": the latest
            // organisation of that kind named in this paragraph or the sentence before, also as an object.
            var word = @"\b" + Regex.Escape(tokens[^1].Bare) + @"\b";
            if (organisations.Concat(organisationObjects).Where(o => o.Position > since && o.Position < position && Regex.IsMatch(o.Name, word, RegexOptions.IgnoreCase))
                    .OrderByDescending(o => o.Position).Select(o => o.Name).FirstOrDefault() is { } ofKind)
                return (new ExtractedSpeaker { Name = ofKind, Kind = SpeakerKind.Organisation }, 0.7, SpeakerRule.Anaphor);
            // ("Thailand's Thai Raksa Chart Party withdrew … the party informed the press": one of that kind named earlier on.)
            if (organisations.Where(o => o.Position >= 0 && o.Position < position && Regex.IsMatch(o.Name, word, RegexOptions.IgnoreCase)).Select(o => o.Name).Distinct().ToList() is [var only])
                return (new ExtractedSpeaker { Name = only, Kind = SpeakerKind.Organisation }, 0.65, SpeakerRule.Anaphor);
        }
        var head = tokens[^1].Bare;
        // "Iran said", "the United States said": a country (or its capital) speaks as its government, unless someone was
        // named with that word ("Denzel Washington … Washington said").
        var withoutThe = tokens.Count <= 4 ? Regex.Replace(segment.Trim().TrimEnd('.'), @"^the\s+", "", RegexOptions.IgnoreCase) : null;
        if (withoutThe is { } country && Lexicon.Places.Contains(country) && !byName.ContainsKey(country))
            return (new ExtractedSpeaker { Name = country, Kind = SpeakerKind.Organisation }, 0.85, SpeakerRule.Organisation);
        // ("Phivolcs reported" after "the Philippine Institute of Volcanology and Seismology (Phivolcs)": an organisation by the
        // short name the text gave it.)
        if (tokens.Count <= 2 && withoutThe is { } shortName && initials.GetValueOrDefault(shortName) is { } initialled)
            return (new ExtractedSpeaker { Name = initialled, Kind = SpeakerKind.Organisation }, 0.9, SpeakerRule.Organisation);
        // "A statement from the ministry", "the family's statement": the document's source speaks (a document one issues,
        // when it is named by its owner: "the ministry's website" is no speech).
        // ("A police statement", "a White House statement": the source may stand before the document.)
        var document = DocumentFrom().Match(segment) is { Success: true } from && Lexicon.DocumentHeads.Contains(from.Groups["head"].Value) ? from
            : OwnersDocumentPhrase().Match(segment) is { Success: true } owners && Lexicon.IssuedDocuments.Contains(owners.Groups["head"].Value) ? owners : null;
        if (document is not null) return ReadSegment(document.Groups["source"].Value, position);
        // ("A White House statement": a name before the document is that of an organisation, as "the White House" reads.)
        if (SourceDocument().Match(segment) is { Success: true } sourced && Lexicon.IssuedDocuments.Contains(sourced.Groups["head"].Value)
            && sourced.Groups["source"].Value is var source && CouldIssue(source))
            return ReadSegment((char.IsUpper(source[0]) || Lexicon.OrganisationWords.Contains(source) && !Lexicon.AnonymousHeads.Contains(source) ? "the " : "") + source, position); // ("The government statement")
        // "The ministry issued a statement. The statement said …": the one who issued it.
        // ("Their statement also read …": an owner's word for it will do.)
        if (tokens.Count is 2 or 3 && tokens[0].Value.ToLowerInvariant() is "the" or "this" or "that" or "its" or "their" or "his" or "her" && Lexicon.IssuedDocuments.Contains(head)
            && (Issuer(head, position) ?? OwnersDocument(tokens[0].Value.ToLowerInvariant(), position)) is { } issuer)
            return issuer;
        if (!tokens[^1].Capitalized && Lexicon.DocumentHeads.Contains(head)) return null; // "The WHO's website": a document
        // ("One study in the Journal of Threatened Taxa noted": a document with where it appeared, no one's word.)
        if (tokens.SkipWhile(t => Lexicon.Determiners.Contains(t.Value.ToLowerInvariant()) || Lexicon.Quantifiers.Contains(t.Bare.ToLowerInvariant()) || t.Value is "One" or "one")
                .Take(2).ToList() is [var documentHead, { } after] && (!documentHead.Capitalized || documentHead.Start == 0)
            && Lexicon.DocumentHeads.Contains(documentHead.Value) && after.Value is "in" or "from" or "published" or "citing" or "quoting")
            return null; // ("Reports citing sources within the party": so is one citing its sources.)
        // "Several Democrats", "Two Americans": unnamed people counted, not a name.
        // ("The two leaders": a determiner may come first.)
        var counted = tokens.Count > 2 && tokens[0].Value.Equals("the", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        if (tokens.Count - counted is 2 or 3 && Lexicon.Quantifiers.Contains(tokens[counted].Bare) && head.EndsWith('s') && !tokens[^1].Possessive)
            return (new ExtractedSpeaker { Name = Lowered(segment.TrimEnd('.')), Kind = SpeakerKind.Anonymous }, 0.85, SpeakerRule.Anonymous);
        // "the 45-year-old" with no one named before (see the age anaphor above): someone described by age.
        if (tokens.Count <= 3 && YearsOld().IsMatch(tokens[^1].Bare)) return (Description(), 0.8, SpeakerRule.Anonymous);
        // "Democrats", "House Republicans", "the Tories": members of a party, counted as a group, not a surname.
        if (tokens.Count <= 4 && tokens[^1].Capitalized && PartyPlural(tokens[^1].Bare)
            && tokens.SkipLast(1).All(t => t.Capitalized && !t.FirstName || Lexicon.Determiners.Contains(t.Value)))
            return (Description(), 0.85, SpeakerRule.Anonymous);
        // "ein Anwohner", "die Zeugen": a determiner and a head noun, capitalised as German writes every noun.
        if (tokens.Count == 2 && Lexicon.Determiners.Contains(tokens[0].Value) && tokens[1].Capitalized && Lexicon.AnonymousHeads.Contains(tokens[1].Bare)
            && !Lexicon.English.Contains(tokens[1].Bare))
            return (Description(), 0.85, SpeakerRule.Anonymous);
        var runs = Runs(segment, tokens).Where(r => !(r.Start == 0 && r.Count == 1 && !Proper(tokens[0]))).ToList();

        // "the Food and Agriculture Organization's chief veterinary officer": an unnamed person of an organisation.
        var owned = OrganisationsPerson().Match(segment);
        if (owned.Success && (Lexicon.AnonymousHeads.Contains(owned.Groups["head"].Value) || Lexicon.Titles.Contains(owned.Groups["head"].Value)))
            return RoleMention(tokens, position) is { } ownedRole ? (Named(ownedRole, null), 0.8, SpeakerRule.Role) : (new ExtractedSpeaker { Name = owned.Groups["who"].Value, Kind = SpeakerKind.Anonymous, Affiliation = owned.Groups["of"].Value.Trim() }, 0.85, SpeakerRule.AnonymousOfOrganisation);
        // "Jane Roe's campaign", "the senator's office", "Matovič's government office": an organisation of someone's, named
        // by the whole phrase.
        // ("the UN's refugee agency": its last word an organisation word will do, when the owner is no "head of …".)
        if (owned.Success && (Word().Matches(owned.Groups["who"].Value).All(w => Lexicon.OrganisationWords.Contains(w.Value))
                              || Lexicon.OrganisationWords.Contains(owned.Groups["head"].Value) && !owned.Groups["of"].Value.Contains(" of ", StringComparison.Ordinal)))
            return (new ExtractedSpeaker { Name = segment[owned.Groups["of"].Index..].TrimEnd('.'), Kind = SpeakerKind.Organisation }, 0.85, SpeakerRule.Organisation);
        // "the city of Calabasas", "the ministry of health": an organisation named by its kind and a proper name.
        if (OrganisationOf().Match(segment) is { Success: true } kindOf && Lexicon.OrganisationWords.Contains(kindOf.Groups["kind"].Value))
            return (new ExtractedSpeaker { Name = kindOf.Groups["name"].Value.TrimEnd('.'), Kind = SpeakerKind.Organisation }, 0.9, SpeakerRule.Organisation);
        // "A spokeswoman for the ministry", "a spokesman for Jane Roe": an unnamed person of someone or something.
        // "The commander of the Quds Force", "the head of the WHO's emergencies programme": a title of an organisation,
        // when no one is named in the phrase ("President of Ruritania Jane Roe" is hers).
        // ("Member of parliament Kevin Conolly" is Conolly: a full name ends the phrase, not as the object of "of" or "for".)
        // ("Scientists studying patients in Zhuhai" are scientists, described by a participle after their head: see below.)
        // ("Democrats in Congress": members of a party, of where they sit.)
        var personOf = AnonymousOf().Match(segment) is { Success: true } of && !HeadFirst(of.Groups["who"].Value) && ((Lexicon.AnonymousHeads.Contains(of.Groups["head"].Value) || PartyPlural(of.Groups["head"].Value))
                // ("Member of Parliament Yvette Cooper of the Labour Party": the object of "of" may be a body before a full name,
                // and a full name may have where it is from after it.)
                && !runs.Any(r => (r.Start + r.Count == tokens.Count || tokens[r.Start + r.Count].Value == "of" && tokens[r.Start + r.Count].Start > of.Groups["of"].Index)
                                  && r.Start > 0 && !tokens[^1].Possessive && PersonName(tokens, r) is { Count: >= 2 } person
                                  && (!Lexicon.Prepositions.Contains(tokens[r.Start - 1].Value) || person[0].Start > tokens[r.Start].Start))
            || Lexicon.Titles.Contains(of.Groups["head"].Value) && !runs.Any(r => PersonName(tokens, r) is { Count: >= 2 })
               && !Lexicon.OrganisationWords.Contains(Word().Matches(of.Groups["who"].Value) is { Count: >= 2 } whoWords ? whoWords[^2].Value : "")) ? of : null; // ("the Directorate General of Civil Aviation")
        // The title may be of someone named before with it: "Qasem Soleimani, the commander of the Quds Force, … The commander of the Quds Force said".
        if (personOf is not null && Lexicon.Titles.Contains(personOf.Groups["head"].Value)
            && RoleMention(Tokens(personOf.Groups["who"].Value, 0, personOf.Groups["who"].Length), position) is { } holder)
            return (Named(holder, null), 0.8, SpeakerRule.Role);
        // ("a team of scientists", "a group of doctors": unnamed people of unnamed people are one description.)
        (ExtractedSpeaker, double, SpeakerRule) PersonOf(Match m) =>
            m.Groups["of"].Value.TrimEnd('.') is var of && !of.Any(char.IsUpper) && Lexicon.AnonymousHeads.Contains(of.Split(' ')[^1])
                ? (new ExtractedSpeaker { Name = Lowered(segment.TrimEnd('.')), Kind = SpeakerKind.Anonymous }, 0.85, SpeakerRule.Anonymous)
                : (new ExtractedSpeaker { Name = Lowered(m.Groups["who"].Value), Kind = SpeakerKind.Anonymous, Affiliation = of }, 0.85, SpeakerRule.AnonymousOfOrganisation);
        // "scientists studying patients in Zhuhai": a description whose head comes first, its modifiers after.
        var lead = Lexicon.Determiners.Contains(tokens[0].Value) && tokens.Count > 1 ? 1 : 0;
        if (tokens.Count > lead + 2 && !tokens[lead + 1].Capitalized && Lexicon.AnonymousHeads.Contains(tokens[lead + 1].Bare) && !tokens[lead + 2].Capitalized
            && !Lexicon.AnonymousHeads.Contains(tokens[lead].Bare) && !byName.ContainsKey(tokens[lead].Bare))
            lead++; // "State legislators supporting the law": one modifier before the head
        // (a sentence may open with it: "Sources close to the talks")
        if ((!tokens[lead].Capitalized || lead == 0 && tokens[0].Start == 0 && !byName.ContainsKey(tokens[0].Bare)
                && !runs.Any(r => PersonName(tokens, r) is { Count: >= 2 })) // "Police spokeswoman Monika Kosiec" is hers
            && Lexicon.AnonymousHeads.Contains(tokens[lead].Bare) && tokens.Count > lead + 1 && !tokens[lead + 1].Capitalized
            && !Lexicon.OutletWords.Contains(tokens[lead + 1].Bare) && !(tokens.Count > lead + 2 && Lexicon.OutletWords.Contains(tokens[lead + 2].Bare)) // "the official news agency IRNA"
            && personOf is null && !runs.Any(r => r.Start + r.Count == tokens.Count && PersonName(tokens, r) is { Count: >= 2 })) // "journalist and author Graeme Wood"
        {
            var last = lead;
            while (last + 1 < tokens.Count && !tokens[last + 1].Capitalized && (Lexicon.AnonymousHeads.Contains(tokens[last + 1].Bare) || tokens[last + 1].Title))
                last++; // "a police spokeswoman", "the police chief"
            // "the police department", "the activist group", "the student union": the kind of organisation comes last.
            var kind = last;
            while (kind + 1 < tokens.Count && !tokens[kind + 1].Capitalized && Lexicon.OrganisationWords.Contains(tokens[kind + 1].Bare)) kind++;
            if (kind > last)
                return (new ExtractedSpeaker { Name = segment[tokens[lead].Start..tokens[kind].End].TrimEnd('.'), Kind = SpeakerKind.Organisation }, 0.85, SpeakerRule.Organisation);
            return (new ExtractedSpeaker { Name = Lowered(segment[..tokens[last].End]), Kind = SpeakerKind.Anonymous }, 0.85, SpeakerRule.Anonymous);
        }

        // "A spokesman for Jane Roe" is the spokesman's, not Jane Roe's (when no capitalised word precedes "for").
        if (personOf is not null && Word().Matches(personOf.Groups["who"].Value).Skip(1).All(w => char.IsLower(w.Value[0]))) return PersonOf(personOf);
        // "The spokesman", "the chief executive": the person named before with that title (a head that also describes
        // unnamed people is theirs first).
        if (RoleMention(tokens, position) is { } role) return (Named(role, null), 0.8, SpeakerRule.Role);
        // ("Jane Roe scored twice. "…," the striker said": a word news uses for someone, resolving to no one, is still
        // someone unnamed, as "the spokesman" is.)
        if (tokens.Count == 2 && Lexicon.Determiners.Contains(tokens[0].Value) && !tokens[1].Capitalized && Lexicon.Epithets.Contains(tokens[1].Bare))
            return (Description(), 0.6, SpeakerRule.Anonymous);
        // The head of a phrase is its last word: "US officials", "White House aides" are unnamed people described by where
        // they are from, not the organisation or a person.
        // ("New Orleans and Jefferson Parish officials": of two places, one "and" between.)
        if (!tokens[^1].Capitalized && Lexicon.AnonymousHeads.Contains(head) && (tokens.Count <= 5 || tokens.Count <= 7 && tokens.Count(t => t.Value == "and") == 1) && personOf is null)
            return (Description(), 0.85, SpeakerRule.Anonymous);
        // ("Longtime Imus in the Morning writer and performer Rob Bartlett": a full name ending the phrase after a word in
        // lower case, no preposition or determiner, is its head, whatever capitals stand before.)
        foreach (var run in runs.OrderByDescending(r => r.Start + r.Count == tokens.Count && r.Start > 0 && !tokens[r.Start - 1].Capitalized
                     && !Lexicon.Prepositions.Contains(tokens[r.Start - 1].Value) && !Lexicon.Determiners.Contains(tokens[r.Start - 1].Value)
                     && tokens[r.Start - 1].Value is not ("and" or "or")
                     && PersonName(tokens, r) is { Count: >= 2 }))
            if (PersonName(tokens, run, byName.ContainsKey) is { } name && (name.Count >= 2 || byName.ContainsKey(name[0].Bare) || Mononym(tokens, run)) && !TitleGoesOn(tokens, run)
                && !DescribesNameAfter(tokens, runs, runs.IndexOf(run))
                && !(tokens[run.Start + run.Count - 1].Possessive && RelativeNamed(tokens, runs, run))) // "Tom Hale's daughter Jane" is Jane
            {
                var found = name.Count >= 2 ? byName.GetValueOrDefault(Join(name)) : LatestWithSurname(name[0].Bare, position) ?? ByFirstWord(name[0].Bare, position);
                var full = found?.Name ?? Join(name);
                // (Name particles before a surname are no title: "von der Leyen said". An occupation before the name gives way to
                // the organisation after it: "ecologist Chip Taylor of the University of Kansas".)
                var slice = Slice(segment, tokens, 0, run.Start, name[0]);
                var ofAfter = OfAfter(segment, tokens, name[^1]);
                var title = slice is not null && !slice.Split(' ').All(Lexicon.Particles.Contains)
                            && !(ofAfter is not null && slice.Split(' ').All(w => Lexicon.AnonymousHeads.Contains(w.ToLowerInvariant())))
                    ? slice
                    : ofAfter ?? found?.Affiliation;
                return (new ExtractedSpeaker { Name = full, Kind = SpeakerKind.Person, Affiliation = title },
                    name.Count >= 2 ? 1.0 : found is null ? 0.85 : 0.95, name.Count >= 2 || found is null ? SpeakerRule.FullName : SpeakerRule.KnownSurname);
            }
        // "Officials at the Transport Ministry": unnamed people of an organisation.
        if (personOf is not null) return PersonOf(personOf);
        foreach (var run in runs)
            if (OrganisationName(segment, tokens, run) is { } organisation)
            {
                // ("The U.S. military's Central Command": an organisation of the owner's, named after it, is the speaker.)
                if (tokens[organisation.To].Possessive && runs.FirstOrDefault(r => r.Start > organisation.To) is { Count: > 0 } ownersRun
                    && OrganisationName(segment, tokens, ownersRun) is { } ownedOrganisation)
                    organisation = (organisation.From, ownedOrganisation.To);
                // ("The United Nations refugee agency", "the Kenyan health ministry": what kind of organisation it is, in lower
                // case, ends the phrase and the name.)
                // ("The state-run IRNA news agency", "the Greek daily newspaper" name the outlet alone.)
                if (tokens.Count - 1 - organisation.To is 2 or 3 && tokens[^1].OrganisationWord && !tokens.Skip(organisation.To + 1).Any(t => t.Value == "news")
                    && !(Lexicon.OutletWords.Contains(tokens[^1].Value) && !Lexicon.GenericOrganisationWords.Contains(tokens[^1].Value))
                    && tokens.Skip(organisation.To + 1).All(t => !t.Capitalized && !Lexicon.Determiners.Contains(t.Value) && !Lexicon.Prepositions.Contains(t.Value)))
                    organisation = (organisation.From, tokens.Count - 1);
                var descriptor = tokens[organisation.From].Start > 0 ? segment[..tokens[organisation.From].Start].Trim() : null;
                if (descriptor is not null && Lexicon.Determiners.Contains(descriptor)) descriptor = null;
                if (descriptor is not null && EndsInApostropheS(descriptor)) descriptor = WithoutPossessive(descriptor); // "Turkey's" is of Turkey
                var organisationName = segment[tokens[organisation.From].Start..tokens[organisation.To].End].TrimEnd('.');
                return (new ExtractedSpeaker { Name = initials.GetValueOrDefault(organisationName, organisationName), Kind = SpeakerKind.Organisation, Affiliation = descriptor }, 0.9, SpeakerRule.Organisation);
            }
        if (Lexicon.DocumentHeads.Contains(head)) return null;
        // "Officials", "The mayor" at a sentence's start read "officials", "the mayor"; "US officials", "Iraqi officials" keep their capital.
        ExtractedSpeaker Description() => new()
        {
            Name = (Lexicon.Determiners.Contains(tokens[0].Bare) || Lexicon.Quantifiers.Contains(tokens[0].Bare) || Lexicon.AnonymousHeads.Contains(tokens[0].Bare)
                    || Lexicon.Titles.Contains(tokens[0].Bare) ? char.ToLowerInvariant(segment[0]) + segment[1..] : segment).TrimEnd('.'),
            Kind = SpeakerKind.Anonymous,
        };
        if (Lexicon.AnonymousHeads.Contains(head) && tokens.All(t => !t.Capitalized || t.Start == 0 || t.Title))
            return (Description(), 0.9, SpeakerRule.Anonymous);
        // "said the mayor", "a déclaré la maire": a title alone, when the text names no one holding it (RoleMention above).
        if (Lexicon.Titles.Contains(head) && tokens.Count <= 4 && Lexicon.Determiners.Contains(tokens[0].Value) && tokens.All(t => !t.Capitalized || t.Start == 0 || t.Title)) // "Der Minister"
            return (Description(), 0.75, SpeakerRule.Anonymous);
        // "the ministry of health": an organisation word and what it is of, in lower case.
        if (LowerOrganisationOf().Match(segment) is { Success: true } lowerOf && Lexicon.OrganisationWords.Contains(lowerOf.Groups["kind"].Value))
            return (new ExtractedSpeaker { Name = lowerOf.Groups["name"].Value.TrimEnd('.'), Kind = SpeakerKind.Organisation }, 0.85, SpeakerRule.Organisation);
        if (Lexicon.OrganisationWords.Contains(head) && tokens.All(t => !t.Capitalized || t.Start == 0))
        {
            // ("the fire service" is the fire service; "his office", "her campaign" keep whose it is.)
            var described = Lexicon.Determiners.Contains(tokens[0].Value) && tokens[0].Value.ToLowerInvariant() is not ("his" or "her" or "their")
                ? segment[tokens[1].Start..] : segment;
            // ("The government said" after "The government of Burundi announced …": the one of that kind the text named; "according
            // to state media" after "According to Syrian state media": where it is from, as the text said before.)
            if (tokens is [{ Value: "the" or "The" }, _] && Named(@"\b" + Regex.Escape(head) + @"\s+of\s+(?<name>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3})", position) is [var only])
                described = $"{head} of {only}";
            else if (described.Length > 0 && char.ToLowerInvariant(described[0]) + described[1..] is var lower
                     && Named(@"\b(?<name>\p{Lu}[\p{L}\-]+)\s+" + Regex.Escape(lower) + @"\b", position,
                         w => !Lexicon.Determiners.Contains(w.ToLowerInvariant()) && !Lexicon.English.Contains(w)) is [var place])
                described = $"{place} {lower}";
            return (new ExtractedSpeaker { Name = described.TrimEnd('.'), Kind = SpeakerKind.Organisation }, 0.85, SpeakerRule.Organisation);
        }
        // A surname alone, unknown: the head of the phrase, its last run ("Ruritanian president Hale"); an outlet's name
        // after a word for one ("Greek daily Kathimerini") is the outlet.
        foreach (var run in Enumerable.Reverse(runs))
            if (PersonName(tokens, run) is { Count: 1 } single && !Lexicon.PersonPronouns.Contains(single[0].Value) // ("He later" with no one to be)
                && !Lexicon.Places.Contains(single[0].Bare)) // ("a Democrat from Ohio")
            {
                var outlet = tokens.Take(run.Start).Any(t => Lexicon.OutletWords.Contains(t.Value));
                // ("Wasif said" after Sally Wasef, "Zelenskyy" after Volodymyr Zelensky: a spelling one letter away from the
                // surname of one person named in full.)
                if (!outlet && SpeltAlike(single[0].Bare) is { } alike) return (Named(alike, null), 0.8, SpeakerRule.KnownSurname);
                // ("Acme said" after "a settlement with Acme Corp.": the organisation named before that the word begins.)
                if (!outlet && OrganisationStartingWith(single[0].Bare, position) is { } organisation)
                    return (new ExtractedSpeaker { Name = organisation, Kind = SpeakerKind.Organisation }, 0.8, SpeakerRule.Organisation);
                var speaker = new ExtractedSpeaker
                {
                    Name = single[0].Bare, Kind = outlet ? SpeakerKind.Organisation : SpeakerKind.Person,
                    Affiliation = Slice(segment, tokens, 0, run.Start, single[0]),
                };
                return outlet ? (speaker, 0.8, SpeakerRule.Organisation) : (speaker, 0.7, SpeakerRule.UnknownSurname);
            }
        return null;
    }

    /// <summary>How many entries of a list sorted by position lie before <paramref name="position"/>.</summary>
    private static int Before<T>(List<(int, T)> sorted, int position) => Sorted.Prefix(sorted, entry => entry.Item1 < position);

    /// <summary>The people mentioned before a position, latest first, at most <paramref name="count"/> mentions back.</summary>
    private IEnumerable<(int Position, Person Person)> MentionsBefore(int position, int count)
    {
        var i = Before(mentions, position);
        for (var k = i - 1; k >= 0 && k >= i - count; k--) yield return mentions[k];
    }

    /// <summary>"the President", "the minister": the latest person named before with that title (of the last 50 mentions).</summary>
    private Person? RoleMention(List<Token> tokens, int position)
    {
        // "his daughter Nettie Baker … his daughter said": a relative named with that word before is the one meant.
        if (tokens.Count == 2 && tokens[0].Value.ToLowerInvariant() is "his" or "her" or "their" && GenderOf(tokens[1].Bare.ToLowerInvariant(), Gender.Unknown) != Gender.Unknown)
            return WithTitle(tokens.Skip(1));
        if (tokens.Count is < 2 or > 4 || !tokens[0].Value.Equals("the", StringComparison.OrdinalIgnoreCase)) return null;
        // ("… sentenced David and Louise Turpin. The father said": a parent or spouse is, of a family named of late (people who
        // share a surname), the one of that gender. "Tom Hale met the mayor. The father said" names no father.)
        if (tokens.Count == 2 && tokens[1].Value.ToLowerInvariant() is "father" or "mother" or "husband" or "wife"
            && GenderOf(tokens[1].Value.ToLowerInvariant(), Gender.Unknown) is var parent and not Gender.Unknown)
        {
            var recent = MentionsBefore(position, 12).Select(m => m.Person).Where(p => p.Name.Contains(' ')).Distinct().ToList();
            return recent.Where(p => p.Gender == parent && recent.Any(other => other != p && other.Gender != parent
                                                                               && other.Surname == p.Surname))
                .ToList() is [var only] ? only : null;
        }
        // "the Iranian president", "the Vermont senator", "the California Democrat": a place or a body before the head.
        var placed = tokens.Count >= 3 && tokens[1..^1].All(t => t.Capitalized && !t.Title);
        // "the Democrat": a member of a party is the person named last.
        if (Lexicon.PartyMembers.Contains(tokens[^1].Bare) && (tokens.Count == 2 || placed)) return LastPersonBefore(position, Gender.Unknown);
        // "the epidemiologist", "the nurse": a noun the text gave as someone's appositive ("Jane Roe, a nurse from Ohio").
        // ("Bill Gates, Microsoft's co-founder, …. "…," the billionaire said": a word news uses for someone named, after a
        // sentence naming that one person.)
        // ("the lead author" after "The study's lead author, Jane Roe,": with the word before it.)
        if (!tokens[^1].Title)
            return tokens.Count is 2 or 3 && tokens.Skip(1).All(t => !t.Capitalized && !t.OrganisationWord)
                ? WithTitle(tokens.Skip(1)) ?? (tokens.Count == 2 ? Untitled(tokens[1], epithet: true) : null) : null;
        return WithTitle(tokens.Skip(1)) ?? (placed ? WithTitle(tokens[^1..]) : null)
            // "the former president", "the former mayor": someone out of office is described so after being named; the
            // person named last, unless named with a title of their own, then the one named with it ("Tom Hale, the coach
            // of the national team, was sacked. The former coach said").
            ?? (tokens[1].Value.Equals("former", StringComparison.OrdinalIgnoreCase)
                ? LastPersonBefore(position, Gender.Unknown) is { Title: null } named ? named : WithTitle(tokens.Skip(2))
                : null)
            // "The Wooster professor added": a title no one named was given, with where the person is from, right after
            // a person was named (in this sentence or the one before) describes that person.
            ?? (placed && MentionsBefore(position, 1).FirstOrDefault() is { Person: { } last } mention && mention.Position > PreviousSentenceStart(position)
                ? last : null)
            // "Tom Hale, a Republican from Ohio, voted against the bill. The congressman said …": a title no one was given,
            // after a sentence naming one person, described there with no title, and no one else with that title ("Tom Hale
            // met the mayor. The mayor said" is the mayor's; "Jane Roe spoke at the hearing. The judge said" the judge's).
            ?? (tokens.Count == 2 ? Untitled(tokens[1], epithet: false) : null);

        // (An epithet, "the billionaire", "the pontiff", may follow any title; a title, "the mayor", only a description
        // with none, or the title itself without a determiner: "Tom Hale was elected mayor in 2019. The mayor said".)
        Person? Untitled(Token title, bool epithet)
        {
            var since = PreviousSentenceStart(position);
            var named = mentions.Where(m => m.Position > since && m.Position < position).Select(m => m.Person).Distinct().ToList();
            if (named is not [var only] || epithet && (!Lexicon.Epithets.Contains(title.Bare) || only.Title is null)) return null;
            if (!epithet && (only.Title is { } known ? Tokens(known, 0, known.Length).Any(t => t.Title)
                    : !Regex.IsMatch(text[Math.Max(0, since)..position], @"\b" + Regex.Escape(title.Bare) + @"\b", RegexOptions.IgnoreCase)))
                return null;
            if (GenderOf(title.Bare.ToLowerInvariant(), Gender.Unknown) is var gender and not Gender.Unknown && only.Gender != Gender.Unknown && only.Gender != gender) return null;
            return Regex.IsMatch(text[Math.Max(0, since)..position], @"\b(?:the|a|an|its|their)\s+(?:[\p{Ll}\-]+\s+)?" + Regex.Escape(title.Bare) + @"\b", RegexOptions.IgnoreCase)
                ? null : only;
        }

        // The whole role, as words of the title ("President of Argentina" holds "the President"), and not a deputy's ("the
        // Prime Minister" is not the "Deputy Prime Minister for Finance and Minister of Economy" named last).
        Person? WithTitle(IEnumerable<Token> words)
        {
            // ("the ministry spokesman" is "the ministry's spokesman".)
            var written = string.Join(@"(?:['\u2019]s)?\s+", words.Select(t => Regex.Escape(t.Bare)));
            // ("the family's lawyer", "the hospital spokeswoman" after "a lawyer for the family", "a spokeswoman for the
            // hospital"; "the company's chief executive" after "the chief executive of Acme": the owner after the role.)
            var ownerFirst = words.ToList() is [var owner, _, ..] ownerWords && !owner.Capitalized && !owner.Title && (owner.Possessive || !Lexicon.AnonymousHeads.Contains(owner.Bare))
                ? string.Join(@"\s+", ownerWords.Skip(1).Select(t => Regex.Escape(t.Bare))) + @"\s+(?:of|for|at|with)\s+(?:the\s+)?"
                  + (Lexicon.GenericOrganisationWords.Contains(owner.Bare) || Lexicon.BusinessWords.Contains(owner.Bare) ? @"\p{Lu}[\p{L}\-]*" : Regex.Escape(owner.Bare))
                : null;
            // ("The CEO" after "Chief Executive Officer Jane Roe", "the chief executive" after "Acme CEO Jane Roe".)
            var plain = string.Join(' ', words.Select(t => t.Bare));
            // ("the foreign minister" after "Foreign Secretary Marcelo Ebrard": a department's minister is its secretary too.)
            var office = Regex.Match(plain, @"^(?<field>\S+(?:\s+\S+)?)\s+(?<head>minister|secretary)$", RegexOptions.IgnoreCase);
            var forms = Lexicon.TitleShortForms[plain].Concat(Lexicon.TitleShortForms.Where(a => a.Contains(plain, StringComparer.OrdinalIgnoreCase)).Select(a => a.Key))
                .Concat(office.Success ? [$"{office.Groups["field"].Value} {(office.Groups["head"].Value.Equals("minister", StringComparison.OrdinalIgnoreCase) ? "secretary" : "minister")}"] : [])
                .Select(form => Regex.Escape(form).Replace(@"\ ", @"\s+")).Prepend(written).Concat(ownerFirst is null ? [] : [ownerFirst]).Distinct();
            var role = @"(?<!\b(?:Deputy|Vice|Former|Acting|Assistant|Junior)[\s\-]+)\b(?:" + string.Join('|', forms) + @")\b";
            return MentionsBefore(position, 50).Select(m => m.Person).FirstOrDefault(p => p.Title is { } title && Regex.IsMatch(title, role, RegexOptions.IgnoreCase));
        }
    }

    /// <summary>The person the text names most: the interviewee of a Q&amp;A.</summary>
    public SpeakerMatch? MostNamed() => mostNamed ??=
        mentions.Where(m => m.Position >= 0).GroupBy(m => m.Person).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Position)
            .Select(g => new SpeakerMatch([Named(g.Key, null)], g.Key.Name, 0.8, SpeakerRule.Interviewee)).FirstOrDefault();

    private SpeakerMatch? mostNamed;

    /// <summary>A person named in full before, by surname ("Roe: …" in an interview).</summary>
    public SpeakerMatch? Surname(string surname) =>
        byName.TryGetValue(surname, out var person) && !person.Name.Equals(surname, StringComparison.OrdinalIgnoreCase)
            ? new SpeakerMatch([Named(person, null)], surname, 0.9, SpeakerRule.KnownSurname) : null;

    /// <summary>The name of the one person mentioned between two positions, if exactly one is.</summary>
    public string? OnlyPersonNamed(int start, int end) =>
        MentionsBetween(start, end).Select(m => m.Person).Distinct().ToList() is [var only] ? only.Name : null;

    /// <summary>Whether a person other than <paramref name="speakers"/> is mentioned in the range.</summary>
    public bool NamesSomeoneOtherThan(int start, int end, IReadOnlyList<ExtractedSpeaker> speakers) =>
        MentionsBetween(start, end).Any(m => !speakers.Any(s => s.Name == m.Person.Name));

    private IEnumerable<(int Position, Person Person)> MentionsBetween(int start, int end) =>
        MentionsBefore(end, Before(mentions, end) - Before(mentions, start));

    /// <summary>The person a pronoun opening its sentence stands for: when the sentence before opened with the same pronoun,
    /// the person that one stood for, whoever that sentence named after it ("Trump questioned it. He said … attacked Biden
    /// …. He also said …" is Trump twice); else <see cref="LastPersonBefore"/>.</summary>
    private Person? PronounAntecedent(int position, string pronoun, Gender gender) => LastPersonBefore(FirstOfPronounChain(position, pronoun), gender);

    /// <summary>Where a run of sentences opened by the same pronoun as the one at <paramref name="position"/> begins (the
    /// position itself when the sentence before opens otherwise), for the pronoun to be resolved there.</summary>
    private int FirstOfPronounChain(int position, string pronoun)
    {
        for (var hops = 0; hops < 8; hops++)
        {
            var sentence = layout.SentenceAt(position);
            if (sentence.Start == 0 || !text.AsSpan(sentence.Start, position - sentence.Start).IsWhiteSpace()) break;
            var previous = layout.SentenceAt(sentence.Start - 1);
            if (Word().Match(text, previous.Start) is not { Success: true } first || first.Index >= previous.End
                || !first.Value.Equals(pronoun, StringComparison.OrdinalIgnoreCase)) break;
            position = first.Index;
        }
        return position;
    }

    /// <summary>The person a pronoun stands for: of the last four people mentioned, the latest not known to be of the
    /// other gender; of the people of the pronoun's gender named in that one's sentence, the first (usually its subject:
    /// "Bloomberg endorsed Joe Biden. "…," he said" is Bloomberg, and so is "he" after "Bloomberg met Kim Lee", Kim's
    /// gender unknown). A person of the right gender named further back does not win over a later one of unknown gender.</summary>
    private Person? LastPersonBefore(int position, Gender gender)
    {
        var recent = MentionsBefore(position, 20).ToList();
        var people = recent.Select(m => m.Person).Distinct().Take(4).ToList();
        // ("… when Vizmedia dubbed the series. "…," she told": one word never named in full, of no known gender, gives way to
        // someone of the pronoun's gender.)
        var latest = people.FirstOrDefault(p => gender == Gender.Unknown || p.Gender == gender
                                                || p.Gender == Gender.Unknown && (p.Name.Contains(' ') || !people.Any(other => other.Gender == gender)));
        if (gender != Gender.Unknown && (latest?.Gender ?? Gender.Unknown) == Gender.Unknown)
        {
            // "Police spoke with Anne Sacoolas. She …": someone of the pronoun's gender named as an object since.
            var since = latest is null ? -1 : recent.First(m => m.Person == latest).Position;
            var i = Before(objects, position);
            if (i > 0 && objects[i - 1] is var (at, named) && at > since && at > PreviousSentenceStart(position) && named.Gender == gender) return named;
        }
        if (latest is null || gender == Gender.Unknown) return latest;
        // ("… romance with, amongst others, Errol Flynn and Frank Sinatra. She would later say": someone of unknown gender named
        // once, after someone else in its sentence, gives way to the one of the pronoun's gender the last twenty mentions are
        // mostly about.)
        if (latest.Gender == Gender.Unknown && recent.Count(m => m.Person == latest) == 1 && !people.Any(p => p.Gender == gender)
            && recent.First(m => m.Person == latest).Position is var once && recent.Any(m => m.Position < once && m.Position >= SentenceStart(once)) // (not the subject)
            && recent.Where(m => m.Person.Gender == gender).GroupBy(m => m.Person).MaxBy(g => g.Count()) is { } topic && topic.Count() >= 3)
            return topic.Key;
        // Of the people of that gender in the last clause of the sentence of the latest ("X said … while Y wrote …"), its
        // subject: the first named, past a clause fronted before it ("After meeting Tom Hale, John Smith …") and not as
        // an owner ("Smith's rival, Tom Hale, …").
        var latestPosition = recent.First(m => m.Person == latest).Position;
        var sentenceStart = SentenceStart(latestPosition);
        // ("Biden, while campaigning in Michigan, called Trump's action …": "while" before a participle opens no clause.)
        for (var clause = latestPosition > 0 ? ClauseBreak().Match(text, sentenceStart + 1, latestPosition - sentenceStart - 1) : Match.Empty;
             clause.Success; clause = clause.NextMatch())
            if (!ParticipleAt().IsMatch(text, clause.Index + clause.Length))
            {
                sentenceStart = clause.Index;
                break;
            }
        var inSentence = recent.Where(m => m.Position > sentenceStart && m.Person.Gender is var g && (g == gender || g == Gender.Unknown))
            .OrderBy(m => m.Position).ToList();
        if (inSentence.Count == 0) return latest;
        return inSentence.FirstOrDefault(m => !Owner().IsMatch(text, m.Position) && !InFrontedClause(m.Position), inSentence[0]).Person;
    }

    /// <summary>The last break between two clauses of a sentence that each have a subject: "while", "whereas", a semicolon.</summary>
    [GeneratedRegex(@"(?:,?\s+(?:while|whereas)|;)\s", RegexOptions.RightToLeft)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\G\p{Ll}+ing\b")]
    private static partial Regex ParticipleAt();

    /// <summary>A name as an owner: "Smith's", "John Smith's".</summary>
    [GeneratedRegex(@"\G(?:\p{Lu}[\p{L}\-.]*\s+){0,3}\p{Lu}[\p{L}\-]*['\u2019]s\b")]
    private static partial Regex Owner();

    /// <summary>Whether a position is in a clause fronted before its sentence's subject: the sentence opens with a
    /// participle or a subordinating word ("Speaking after …", "After meeting …"; not "On Wednesday Tom Hale …"), and its
    /// first comma comes after the position.</summary>
    private bool InFrontedClause(int position)
    {
        var sentence = layout.SentenceAt(position);
        var comma = text.IndexOf(',', sentence.Start, sentence.End - sentence.Start);
        if (comma < position || Word().Match(text, sentence.Start) is not { Success: true } opener) return false;
        var first = opener.Value.ToLowerInvariant();
        return first.EndsWith("ing", StringComparison.Ordinal) || Lexicon.Subordinators.Contains(first);
    }

    /// <summary>Just before where the sentence around a position starts (the layout's sentences), or -1: mentions after it
    /// are in that sentence.</summary>
    private int SentenceStart(int position) => position < 0 ? -1 : layout.SentenceAt(position).Start - 1;

    /// <summary>Where the sentence before the one at <paramref name="position"/> starts (less one, as <see cref="SentenceStart"/>):
    /// what lies after it is "in this sentence or the one before".</summary>
    private int PreviousSentenceStart(int position) => SentenceStart(SentenceStart(position));

    /// <summary>"Jane Roe and Tom Hale met … They said": the people named in the sentence of the last mention, if several.</summary>
    private List<Person>? LastGroupBefore(int position)
    {
        var recent = MentionsBefore(position, 10).Where(m => m.Position >= 0).ToList();
        if (recent.Count == 0) return null;
        var sentenceStart = SentenceStart(recent[0].Position);
        var group = recent.Where(m => m.Position > sentenceStart).OrderBy(m => m.Position).Select(m => m.Person).Distinct().ToList();
        return group.Count >= 2 ? group : null;
    }

    /// <summary>"The company cut jobs. It said …": with no organisation named for "it", the subject of the sentence
    /// before, when it describes one. ("They" is not read this way: after "Police arrested Tom Hale", the people of
    /// the sentence are as likely as its subject.)</summary>
    private ExtractedSpeaker? PreviousSubject(int position)
    {
        if (PreviousSentence(position) is not { } tokens) return null;
        var words = tokens.TakeWhile(t => Lexicon.Determiners.Contains(t.Value) || t.Capitalized || t.OrganisationWord).Count();
        // ("Day's animal foundation said …": a word or two in lower case before the organisation word.)
        for (var modifiers = 1; modifiers <= 2 && words > 0 && words + modifiers < tokens.Count; modifiers++)
            if (tokens[words + modifiers].OrganisationWord && tokens.Skip(words).Take(modifiers).All(t => !t.Capitalized && !Lexicon.FiniteOrPast(t.Value)))
            {
                words += modifiers + 1;
                break;
            }
        if (words is 0 or > 5) return null;
        // ("The ministry of health confirmed …", "The government of France sent …": what it is of belongs to its name.)
        if (words < tokens.Count - 1 && tokens[words - 1].OrganisationWord && tokens[words].Value == "of")
        {
            var of = words + 1 < tokens.Count - 1 && tokens[words + 1].Value == "the" ? words + 2 : words + 1;
            var named = tokens.Skip(of).TakeWhile(t => t.Capitalized).Count();
            if (named > 0) words = of + named;
            else if (!Lexicon.Determiners.Contains(tokens[of].Value)) words = of + 1;
        }
        return ReadSegment(text[tokens[0].Start..tokens[words - 1].End], tokens[0].Start) is { Speaker: { Kind: SpeakerKind.Organisation } speaker } ? speaker : null;
    }

    /// <summary>The subject of the sentence before when it is unnamed people ("The team", "Researchers", "The two
    /// scientists"): what "they" stands for.</summary>
    private ExtractedSpeaker? PreviousGroupSubject(int position)
    {
        if (PreviousSentence(position) is not { } tokens) return null;
        // ("The team collected samples. They were able to …. These they compared …. They found …, they reasoned": sentences
        // whose first words hold "they" lead back to the group it stood for, in the paragraph.)
        for (var hops = 0; hops < 4 && tokens.Take(2).Any(t => t.Value.Equals("they", StringComparison.OrdinalIgnoreCase))
                           && text.IndexOf('\n', tokens[0].Start, position - tokens[0].Start) < 0; hops++)
        {
            position = tokens[0].Start;
            if (PreviousSentence(position) is not { } before) return null;
            tokens = before;
        }
        var words = tokens.TakeWhile(t => Lexicon.Determiners.Contains(t.Value.ToLowerInvariant()) || Lexicon.Quantifiers.Contains(t.Bare.ToLowerInvariant())
                                          || !t.Capitalized && Lexicon.AnonymousHeads.Contains(t.Bare)
                                          || t.Start == tokens[0].Start && Lexicon.AnonymousHeads.Contains(t.Bare.ToLowerInvariant())).Count();
        if (words is 0 or > 4 || !Lexicon.AnonymousHeads.Contains(tokens[words - 1].Bare.ToLowerInvariant())) return null;
        var head = tokens[words - 1].Bare.ToLowerInvariant();
        return head.EndsWith('s') || head is "team" or "crew" or "group" or "staff" or "police" or "family"
            ? ReadSegment(text[tokens[0].Start..tokens[words - 1].End], tokens[0].Start) is { Speaker: { Kind: SpeakerKind.Anonymous } group } ? group : null
            : null;
    }

    /// <summary>"A police spokeswoman said two people were arrested. "…," she added.": with no one named, "he" or "she" is the
    /// unnamed person who spoke in the sentence before, when the description fits the pronoun.</summary>
    private ExtractedSpeaker? PreviousSourceSpeaker(int position, Gender gender)
    {
        if (PreviousSentence(position) is not { } tokens) return null;
        var verb = tokens.FindIndex(t => !t.Capitalized && Lexicon.QuoteVerbs.Contains(t.Value));
        // ("The mayor was defiant. "We will rebuild," she said.": the subject of a sentence about the speaker will do too.)
        if (verb is < 1 or > 5) verb = tokens.FindIndex(t => !t.Capitalized && Lexicon.FiniteMarkers.Contains(t.Value));
        if (verb is < 1 or > 5) return null;
        var head = tokens[verb - 1];
        return !head.Value.EndsWith('s') && GenderOf(head.Value, Gender.Unknown) is var fits && (fits == Gender.Unknown || fits == gender)
               && ReadSegment(text[tokens[0].Start..head.End], tokens[0].Start) is { Speaker: { Kind: SpeakerKind.Anonymous } source } ? source : null;
    }

    /// <summary>"Police said Tom Hale was arrested. They said …": "they" is the unnamed group that spoke in the sentence
    /// before, its subject right before its verb of saying ("Police", "The residents", "Two officials").
    /// (A sentence between that names no group, in the same paragraph, is passed over: "US authorities claimed … Listed
    /// were Ohio, Texas … They also stated …".)</summary>
    private ExtractedSpeaker? PreviousGroupSpeaker(int position)
    {
        for (var back = 0; back < 2; back++)
        {
            if (PreviousSentence(position) is not { Count: > 0 } tokens) return null;
            // ("According to the research team, …. …, they reason, …": the group a sentence reports.)
            if (tokens is [{ Value: "According" }, { Value: "to" }, var first, ..] && text.IndexOf(',', first.Start, tokens[^1].End - first.Start) is > 0 and var comma
                && text[first.Start..comma] is var source && (source.EndsWith('s') || source.EndsWith("team", StringComparison.Ordinal))
                && Lexicon.AnonymousHeads.Contains(source.Split(' ')[^1])
                && ReadSegment(source, first.Start) is { Speaker: { Kind: SpeakerKind.Anonymous } reporting })
                return reporting;
            var verb = tokens.FindIndex(t => !t.Capitalized && Lexicon.QuoteVerbs.Contains(t.Value));
            if (verb is >= 1 and <= 4 && ReadSegment(text[tokens[0].Start..tokens[verb - 1].End], tokens[0].Start) is { Speaker: { Kind: SpeakerKind.Anonymous } group }
                && (tokens[verb - 1].Value.EndsWith('s') || tokens[verb - 1].Value.Equals("police", StringComparison.OrdinalIgnoreCase)))
                return group;
            var head = tokens.FindIndex(t => !Lexicon.Determiners.Contains(t.Value.ToLowerInvariant()));
            if (head < 0 || Lexicon.AnonymousHeads.Contains(tokens[head].Bare) || text.IndexOf('\n', tokens[0].Start, position - tokens[0].Start) >= 0)
                return null;
            position = tokens[0].Start;
        }
        return null;
    }

    /// <summary>The words of the sentence before the one at <paramref name="position"/>; null in the first sentence.</summary>
    private List<Token>? PreviousSentence(int position)
    {
        var current = layout.SentenceAt(position);
        if (current.Start == 0) return null;
        var previous = layout.SentenceAt(current.Start - 1);
        return Tokens(text, previous.Start, previous.End);
    }

    /// <summary>Who issued the latest document of this kind named in the 600 characters before the sentence at
    /// <paramref name="position"/>: the subject of "(On Friday,) the ministry issued a statement", read as a subject
    /// is (the words after the clause's last comma).</summary>
    private (ExtractedSpeaker Speaker, double Certainty, SpeakerRule Rule)? Issuer(string document, int position)
    {
        var sentence = layout.SentenceAt(position).Start;
        var from = Math.Max(0, sentence - 600);
        if (IssuedDocument.Matches(text[from..sentence]).LastOrDefault(m => m.Groups["head"].Value.Equals(document, StringComparison.OrdinalIgnoreCase))
            is not { } issued) return null;
        var verb = from + issued.Index;
        var clause = text[layout.SentenceAt(verb).Start..verb];
        var subject = clause[(clause.LastIndexOf(',') + 1)..].Trim();
        return subject.Length > 0 && ReadSegment(subject, verb) is { } who ? (who.Speaker, who.Certainty * 0.85, SpeakerRule.Anaphor) : null;
    }

    /// <summary>"Its statement said", "Her letter read" with no one named issuing it: the organisation or the person named
    /// last, as "it" or "she" would be.</summary>
    private (ExtractedSpeaker Speaker, double Certainty, SpeakerRule Rule)? OwnersDocument(string owner, int position) => owner switch
    {
        "its" or "their" when LastOrganisationBefore(position) is { } organisation =>
            (new ExtractedSpeaker { Name = organisation, Kind = SpeakerKind.Organisation }, 0.7, SpeakerRule.OrganisationPronoun),
        "his" or "her" when LastPersonBefore(position, GenderOf(owner == "his" ? "he" : "she", Gender.Unknown)) is { } person => (Named(person, null), 0.7, SpeakerRule.Pronoun),
        _ => null,
    };

    private static readonly Regex IssuedDocument = new(@"\s(?:" + Lexicon.Alternation(Lexicon.IssueVerbs) + @"|put\s+out)\s+(?:a|an|its|his|her|their|the)\s+(?:[\p{L}\-]+\s+){0,2}(?<head>"
        + Lexicon.Alternation(Lexicon.IssuedDocuments) + @")\b", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>The organisation a title says a person leads or works for: "the chief executive of Acme", "Acme's
    /// founder", "Acme Corp chairman" give "Acme" ("Acme Corp"); a place is none ("the mayor of Springfield").</summary>
    private string? Employer(string? title)
    {
        if (title is null || EmployerTitle().Match(title) is not { Success: true } m || !Lexicon.EmployerTitles.Contains(m.Groups["head"].Value)) return null;
        var organisation = m.Groups["of"].Success ? m.Groups["of"].Value : m.Groups["owner"].Value;
        var words = Tokens(organisation, 0, organisation.Length);
        // (Nor a person: "Jane Roe's spokesman", "Roe's spokesman".)
        return Lexicon.Places.Contains(organisation) || byName.ContainsKey(organisation) || words.Any(t => t.Title || t.FirstName) ? null : organisation;
    }

    [GeneratedRegex(@"^(?:the\s+)?(?:(?:[\p{Ll}\-]+\s+){0,3}(?<head>\p{Ll}+|CEO)\s+(?:of|at)\s+(?<of>\p{Lu}[\p{L}\p{N}&\-]*(?:\s+\p{Lu}[\p{L}\p{N}&\-]*){0,3})|(?<owner>\p{Lu}[\p{L}\p{N}&\-]*(?:\s+\p{Lu}[\p{L}\p{N}&\-]*){0,3}?)(?:['\u2019]s)?\s+(?:[\p{Ll}\-]+\s+){0,2}(?<head>\p{Ll}+|CEO))$")]
    private static partial Regex EmployerTitle();

    /// <summary>The organisations named in the sentence that named the last one before a position, when it named two or more.</summary>
    private List<string>? OrganisationsTogether(int position)
    {
        var i = Before(organisations, position);
        if (i == 0 || organisations[i - 1].Position < 0) return null;
        var sentenceStart = layout.SentenceAt(organisations[i - 1].Position).Start;
        // ("Acme Corp and Globex Inc agreed" registers the run and its tail: each of its names once, those with a name of
        // their own, not "Corp" alone.)
        var together = organisations.Take(i).Where(o => o.Position >= sentenceStart)
            .SelectMany(o => o.Name.Split(" and ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(name => Tokens(name, 0, name.Length).Any(t => t.Capitalized && !t.OrganisationWord)).Distinct().ToList();
        return together.Count >= 2 ? together : null;
    }

    /// <summary>"It said": the organisation last named before, when no person was named after it.</summary>
    private string? LastOrganisationBefore(int position)
    {
        var i = Before(organisations, position);
        if (i == 0) return null;
        var organisation = organisations[i - 1];
        if (Before(mentions, position) > Before(mentions, organisation.Position + 1)) return null;
        // Of the organisations of that sentence, the first, its subject as a rule ("Acme Corp sued the Ministry of Health.
        // It said …" is Acme), unless named as an owner ("the EU's plan") or people ("Police said Acme Corp had been fined").
        if (organisation.Position < 0) return organisation.Name;
        var sentenceStart = layout.SentenceAt(organisation.Position).Start;
        for (var j = Sorted.Prefix(organisations, o => o.Position < sentenceStart); j < i - 1; j++)
            if (!OwnerAfter().IsMatch(text, organisations[j].Position + organisations[j].Name.Length) && !Lexicon.AnonymousHeads.Contains(organisations[j].Name))
                return organisations[j].Name;
        return organisation.Name;
    }

    [GeneratedRegex(@"\G['\u2019]s?\b")]
    private static partial Regex OwnerAfter();

    private static ExtractedSpeaker Named(Person person, string? affiliation) =>
        new() { Name = person.Name, Kind = SpeakerKind.Person, Affiliation = affiliation ?? person.Affiliation };

    /// <summary>A capitalised word that is not just the first word of a sentence: a name, a title, an acronym.</summary>
    private bool Proper(Token token) =>
        token.Acronym || token.Title || byName.ContainsKey(token.Bare) || !Lexicon.AnonymousHeads.Contains(token.Bare) && !Lexicon.Determiners.Contains(token.Bare)
        && !Lexicon.DocumentHeads.Contains(token.Bare) && !Lexicon.CueAdverbs.Contains(token.Bare);

    private readonly record struct Run(int Start, int Count);

    /// <summary>Runs of adjacent capitalised words, with lower-case name particles inside ("Ali bin Talal").</summary>
    private static IEnumerable<Run> Runs(string source, List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count;)
        {
            if (!tokens[i].Capitalized && !JoinedParticle(tokens[i].Value)) { i++; continue; }
            var start = i++;
            while (i < tokens.Count && (IsSpace(source[tokens[i - 1].End..tokens[i].Start]) || Nickname(source, tokens, i) || Nickname(source, tokens, i - 1))
                   && (tokens[i].Capitalized || Lexicon.Particles.Contains(tokens[i].Value) && NameAfterParticles(tokens, i) || JoinedParticle(tokens[i].Value))
                   && !(char.IsDigit(tokens[i].Value[0]) && tokens[i - 1].Possessive)) // "President Tom Hale's 214 votes"
                i++;
            yield return new Run(start, i - start);
        }
    }

    /// <summary>Where an organisation's name ends when what kind it is follows in lower case, up to three words set off by
    /// spaces ("The Russian foreign ministry said …. …, it added"): at the last organisation word; else at <paramref name="to"/>.</summary>
    private static int KindAfter(string source, List<Token> tokens, int to)
    {
        var last = -1;
        for (var k = to + 1; k < tokens.Count && k <= to + 3 && !tokens[k].Capitalized && !Lexicon.Determiners.Contains(tokens[k].Value)
                             && !Lexicon.Prepositions.Contains(tokens[k].Value); k++)
            if (tokens[k].OrganisationWord && !tokens[k].Possessive) last = k;
        for (var k = to + 1; k <= last; k++)
            if (!IsSpace(source[(tokens[k].Start - 1)..tokens[k].Start])) return to;
        return Math.Max(last, to);
    }

    /// <summary>Whether the word at <paramref name="i"/> is a nickname in quotes inside a name: Earl L. “Buddy” Carter.</summary>
    private static bool Nickname(string source, List<Token> tokens, int i) =>
        i > 0 && i + 1 < tokens.Count && tokens[i].Capitalized && tokens[i + 1].Capitalized && tokens[i - 1].Capitalized
        && source[tokens[i - 1].End..tokens[i].Start] is " \u201C" or " \"" && source[tokens[i].End..tokens[i + 1].Start] is "\u201D " or "\" ";

    [GeneratedRegex(@"^\s*(?:[Aa]n?|[Oo]ne)\s+(?<description>(?:[\p{Ll}\-]+\s+){0,3}[\p{Ll}\-]+)\s+(?:named|called)\s+(?<name>\p{Lu}[\p{L}\-'\u2019]+(?:\s+\p{Lu}[\p{L}\-'\u2019]+){0,2})\s*$")]
    private static partial Regex NamedAfterDescription();

    [GeneratedRegex(@"^(?:UTC|GMT|[ECMP][SD]T|CES?T|BST|JST|AES?T|AED?T)$")]
    private static partial Regex TimeZone();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:ologist|ist|yst|ian|ant|ent|or|eer|caster|writer|reporter|grapher|maker|presenter)$")]
    private static partial Regex Occupation();

    /// <summary>"von der Leyen": one or more particles followed by a capitalised word.</summary>
    private static bool NameAfterParticles(List<Token> tokens, int i)
    {
        while (i < tokens.Count && Lexicon.Particles.Contains(tokens[i].Value)) i++;
        return i < tokens.Count && tokens[i].Capitalized;
    }

    /// <summary>"ABHM president Chakrapani": one capitalised word ending the phrase after a title in lower case names a
    /// person known by one name.</summary>
    private static bool Mononym(List<Token> tokens, Run run) =>
        run.Count == 1 && run.Start > 0 && run.Start + 1 == tokens.Count && tokens[run.Start - 1].Title && !tokens[run.Start - 1].Capitalized
        && !tokens[run.Start].Acronym && !tokens[run.Start].OrganisationWord;

    /// <summary>"el-Sisi", "al-Assad": a particle joined to a capitalised name by a hyphen.</summary>
    internal static bool JoinedParticle(string word) =>
        word.IndexOf('-') is > 0 and var hyphen && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]) && Lexicon.Particles.Contains(word[..hyphen]);

    internal static bool IsSpace(string gap) => gap.Length > 0 && gap.All(c => c is ' ' or '\u00A0' or '\t');

    /// <summary>The name in a run, titles before it left out ("Former Vice President Mike Pence" → Mike Pence), or null
    /// when the run is an organisation, an acronym or a possessive modifier. With <paramref name="knownSurname"/>, a title
    /// word that is the surname of someone the text names in full is that surname: "Congressman Bishop" after "Sanford D.
    /// Bishop", though "bishop" is a title.</summary>
    private static List<Token>? PersonName(List<Token> tokens, Run run, Func<string, bool>? knownSurname = null)
    {
        var words = tokens.GetRange(run.Start, run.Count);
        // ("Robert Downey Jr.": a generational suffix is no part of the name, whose surname it would hide.)
        // ("Queen Elizabeth II", "Pope John Paul II": a monarch's or a pope's number is part of the name.)
        var regnal = words.Count >= 3 && RegnalNumber().IsMatch(words[^1].Value)
                     && words.Take(words.Count - 1).Any(t => t.Bare is "King" or "Queen" or "Pope" or "Emperor" or "Empress" or "Tsar" or "Sultan");
        if (words.Count > 2 && NameSuffix().IsMatch(words[^1].Value) && !regnal) words.RemoveAt(words.Count - 1);
        // "But", "Nonetheless", "On Wednesday", "In March" opening a sentence are not part of the name that follows, nor is
        // an age in words ("Fifteen-year-old Robert").
        var opener = words.TakeWhile(t => Lexicon.SentenceOpeners.Contains(t.Value) || Lexicon.Prepositions.Contains(t.Value) || Lexicon.Calendar.Contains(t.Value)
                                          || YearsOld().IsMatch(t.Bare)).Count();
        if (opener > 0) return words.Count > opener ? PersonName(tokens, new Run(run.Start + opener, run.Count - opener), knownSurname) : null;
        // A possessive inside the run ends an owner ("the Fund's Jane Roe"); on its last word it is the person's own
        // ("Prime Minister Oleksiy Honcharuk's offer").
        // "James M. Dorsey": a middle initial, though "M." before a name is a French title; "John Major": a surname after a
        // first name, though "major" is a rank.
        // ("John Tory": a party's word after a first name is a surname too.)
        // ("Sanford D. Bishop": a title word after a middle initial is a surname too.)
        bool Surname(int i) => i == words.Count - 1 && (i > 0 && words[i - 1].FirstName || i > 1 && words[i - 1].Initial && !words[i - 2].Title
                                                        || knownSurname is not null && words[i].Capitalized && knownSurname(words[i].Bare));
        bool Role(int i) => (words[i].Title && !(i > 0 && words[i].Initial && !words[i - 1].Title)
                             || Lexicon.PartyMembers.Contains(words[i].Bare) || PartyPlural(words[i].Bare)) // "Democrats Jane Roe and …"
                            && !Surname(i)
                            || (words[i].OrganisationWord || words[i].Acronym) && !(regnal && i == words.Count - 1);
        var lastRoleWord = Role(words.Count - 1) ? words.Count - 1
            : words.Count == 1 ? -1 : Enumerable.Range(0, words.Count - 1).LastOrDefault(i => Role(i) || words[i].Possessive, -1);
        var name = words.Skip(lastRoleWord + 1).ToList();
        // ("Congressman Abe Hamadeh’s Maverick Act": a person named in full owns what follows when no first name opens it.)
        if (lastRoleWord >= 1 && words[lastRoleWord].Possessive && !(name.Count > 0 && name[0].FirstName)
            && Enumerable.Range(0, lastRoleWord).LastOrDefault(Role, -1) is var ownerStart
            && words.Skip(ownerStart + 1).Take(lastRoleWord - ownerStart).ToList() is { Count: >= 2 and <= 3 } owner
            && owner.All(t => !t.OrganisationWord && !t.Acronym && !t.Title) && !Lexicon.Places.Contains(Join(owner)))
            name = owner;
        // ("Senator from Vermont Bernie Sanders": the place a title is from ends the title, not the name.)
        if (name.Count >= 3 && lastRoleWord < 0 && run.Start > 0 && tokens[run.Start - 1].Value is "from" or "of"
            && Lexicon.Places.Contains(name[0].Bare) && name[1].FirstName) name.RemoveAt(0);
        // "Rep. Roe Applauds Grant for Local Hospital": a title-case headline's verb ends the name.
        if (name.Count > 1 && name.FindIndex(1, t => Lexicon.HeadlineVerbs.Contains(t.Value)) is > 0 and var verb) name.RemoveRange(verb, name.Count - verb);
        if (name.Count == 0 || name.Count > 4) return null;
        if (name.All(t => t.Bare.Length == 1)) return null; // "Washington, D.C.": letters alone are an abbreviation, no name
        if (name.SkipLast(1).Any(t => t.Possessive) || name.SkipLast(regnal ? 1 : 0).Any(t => t.OrganisationWord || t.Acronym || char.IsDigit(t.Value[0]))) return null;
        if (run.Start > 0 && tokens[run.Start - 1].Value.Equals("the", StringComparison.OrdinalIgnoreCase) && lastRoleWord < 0) return null;
        // "Center for Health Security", "Ministry of Foreign Affairs": the words after an organisation word and "for"/"of".
        // ("Department of Forestry and Fire Protection": capitals after "and" that go on an organisation's "of" are its field,
        // unless a first name opens them: "… of the Department of Health and Tom Hale".)
        if (run.Start >= 4 && tokens[run.Start - 1].Value == "and" && !words.Any(t => t.FirstName)
            && Enumerable.Range(Math.Max(1, run.Start - 5), run.Start - 1 - Math.Max(1, run.Start - 5))
                .Any(i => tokens[i].Value == "of" && tokens[i - 1].OrganisationWord && tokens.Skip(i + 1).Take(run.Start - 2 - i).All(t => t.Capitalized))) return null;
        // ("Directorate General of Civil Aviation": an organisation word and a title word, "of", and its field.)
        if (run.Start >= 2 && tokens[run.Start - 1].Value is "for" or "of" or "on"
            && (tokens[run.Start - 2].OrganisationWord || run.Start >= 3 && tokens[run.Start - 2].Title && tokens[run.Start - 3].OrganisationWord
                && tokens[run.Start - 2].Start - tokens[run.Start - 3].End == 1)) return null; // (one space between: "Congress, President of …" is no one name)
        // "Immunologist Kristian Andersen" opening a sentence: an occupation, not a first name.
        // ("Voter Kitty Mak", "Co-developer Jing Wang": a description of people, or a co- role.)
        if (name.Count == 3 && (Occupation().IsMatch(name[0].Value) || Lexicon.AnonymousHeads.Contains(name[0].Bare.ToLowerInvariant())
                                || name[0].Value.StartsWith("Co-", StringComparison.Ordinal)) && !name[0].FirstName)
            name.RemoveAt(0);
        // "Secretary of State Jane Roe", "President of Ruritania Tom Hale": the first word completes the title.
        // ("Chief Executive of Hong Kong Carrie Lam": a place of two words.)
        // ("Ambassador to Germany Richard Grenell": a country after "to".)
        if (run.Start >= 2 && tokens[run.Start - 2].Title && name.Count >= 3 && lastRoleWord < 0
            && (tokens[run.Start - 1].Value == "of" || tokens[run.Start - 1].Value == "to" && (Lexicon.Places.Contains(name[0].Bare) || Lexicon.Places.Contains(Join(name[..2])))))
            // ("Director of National Intelligence John Ratcliffe": the name starts at a first name, when one is known.)
            name.RemoveRange(0, name.FindIndex(1, t => t.FirstName) is > 0 and var first && name.Count - first >= 2 ? first
                : name.Count >= 4 && Lexicon.Places.Contains(Join(name[..2])) ? 2 : 1);
        // ("Minister of Foreign Affairs Jane Roe": after a title, a word before a first name still belongs to it.)
        else if (name.Count == 3 && lastRoleWord >= 0 && !name[0].FirstName && name[1].FirstName) name.RemoveAt(0);
        if (name[0].Value.Equals("The", StringComparison.Ordinal)) return null;
        return name;
    }

    private static (int From, int To)? OrganisationName(string source, List<Token> tokens, Run run)
    {
        var words = tokens.GetRange(run.Start, run.Count);
        if (!words.Any(t => t.Value.Any(char.IsLetter))) return null; // "the 36 people": a number names no one
        if (words.Any(t => TimeZone().IsMatch(t.Value))) return null; // "(1639 UTC)": a time
        if (!words.Any(t => t.OrganisationWord || t.Acronym) && !(run.Start > 0 && tokens[run.Start - 1].Value.Equals("the", StringComparison.OrdinalIgnoreCase))
            && !words[0].Value.Equals("The", StringComparison.Ordinal))
            return null;
        var from = run.Start + (words[0].Value.Equals("The", StringComparison.Ordinal) ? 1 : 0);
        if (from < run.Start + run.Count - 1 && LedBy().IsMatch(tokens[from].Value)) from++; // "the Kurdish-led Syrian Democratic Forces"
        if (from < run.Start + run.Count - 1 && tokens[from].Possessive && Lexicon.Places.Contains(tokens[from].Bare)) from++; // "Thailand's Thai Raksa Chart Party"
        var to = run.Start + run.Count - 1;
        if (from > to) return null;
        // "Search and Rescue Agency", "Center for Systems Science and Engineering", "Ministry of the Interior": capitalised
        // words joined by connectors ("of", "and", "for", "of the") belong to one name.
        for (var grew = true; grew;)
        {
            grew = false;
            // ("Union (NFU)" is a name and its initials, "Health. The" two sentences: only a space goes on with the name.)
            while (to + 1 < tokens.Count && tokens[to + 1].Capitalized && IsSpace(source[tokens[to].End..tokens[to + 1].Start])) { to++; grew = true; }
            // ("Acme Corp. and Globex Inc." are two: a company's legal form ends its name.)
            if (to + 2 < tokens.Count && tokens[to + 1].Value is "of" or "and" or "for" or "&" && tokens[to + 2].Capitalized
                && !(tokens[to + 1].Value is "and" or "&" && tokens[to].LegalForm)) { to += 2; grew = true; }
            else if (to + 3 < tokens.Count && tokens[to + 1].Value == "of" && tokens[to + 2].Value == "the" && tokens[to + 3].Capitalized) { to += 3; grew = true; }
            // ("The Commission on Presidential Debates", "the Council on Foreign Relations", but not "the Council on Monday".)
            else if (to + 2 < tokens.Count && tokens[to + 1].Value == "on" && tokens[to].OrganisationWord && tokens[to + 2].Capitalized
                     && !Lexicon.Calendar.Contains(tokens[to + 2].Value)) { to += 2; grew = true; }
        }
        // ("North Wales Fire and Rescue Service": back over "and"/"of" and the capitalised words before it.)
        while (from - 2 >= 0 && tokens[from - 1].Value is "and" or "of" && tokens[from - 2].Capitalized && !tokens[from - 2].Title)
        {
            from -= 2;
            while (from - 1 >= 0 && tokens[from - 1].Capitalized && !tokens[from - 1].Title && !Lexicon.Determiners.Contains(tokens[from - 1].Value.ToLowerInvariant())
                   && IsSpace(source[tokens[from - 1].End..tokens[from].Start])) from--;
        }
        if (from < to && tokens[from].Possessive && Lexicon.Places.Contains(tokens[from].Bare)) from++; // "Turkey's Disaster and Emergency Management Presidency"
        // "United States government" ("Xinhua news agency" is Xinhua: a word for an outlet after its name is no part of it).
        if (to + 1 < tokens.Count && !tokens[to + 1].Capitalized && tokens[to + 1].OrganisationWord
            && !(tokens[to + 1].Value == "news" || Lexicon.OutletWords.Contains(tokens[to + 1].Value)))
        {
            to++;
            // ("the US city of White Plains", "the Chinese province of Hubei": the kind and the name after "of" are the name.)
            if (to + 2 < tokens.Count && tokens[to + 1].Value == "of" && tokens[to + 2].Capitalized && !tokens[to + 2].Title)
            {
                from = to;
                to += 2;
                while (to + 1 < tokens.Count && tokens[to + 1].Capitalized && IsSpace(source[tokens[to].End..tokens[to + 1].Start])) to++;
            }
        }
        return (from, to);
    }

    /// <summary>"Democrats", "Tories": the plural of a word for a party's member.</summary>
    private static bool PartyPlural(string word) => word.EndsWith('s') && Lexicon.PartyMembers.Contains(Singular(word));

    /// <summary>"companies", "governments": the plural of a kind of organisation (not one itself, as "news" is).</summary>
    internal static bool OrganisationPlural(string word) =>
        word.EndsWith('s') && !Lexicon.OrganisationWords.Contains(word) && Lexicon.OrganisationWords.Contains(Singular(word));

    /// <summary>A plural in -s or -ies without it.</summary>
    private static string Singular(string word) => word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y" : word[..^1];

    [GeneratedRegex(@"^(?:\d+|" + SpelledAge + @")-year-olds?$")]
    private static partial Regex YearsOld();

    /// <summary>The age set off by commas after a name: "Jane Roe, 45, said".</summary>
    private string? AgeAfter(int position)
    {
        var comma = text.IndexOf(',', position, Math.Min(60, text.Length - position));
        return comma < 0 ? null : LeadingAge().Match(text, comma + 1, Math.Min(6, text.Length - comma - 1)) is { Success: true } age ? age.Groups["age"].Value : null;
    }

    [GeneratedRegex(@"^\s*(?<age>\d{1,3})\b")]
    private static partial Regex LeadingAge();

    [GeneratedRegex(@"-(?:led|backed|based|owned|run|funded|allied|aligned|affiliated)$")]
    private static partial Regex LedBy();

    private static string Join(List<Token> name) => string.Join(' ', name.Select(t => t.Initial ? t.Value : t.Bare));

    /// <summary>The words of a segment before the name, and titles inside its run: "political violence scholar".</summary>
    private static string? Slice(string segment, List<Token> tokens, int from, int runStart, Token nameStart)
    {
        var start = tokens[from].Start;
        var words = segment[start..nameStart.Start].Trim();
        var leading = Tokens(words, 0, words.Length);
        while (leading.Count > 0 && (Lexicon.Determiners.Contains(leading[0].Value) && leading.Count > 1
                                     || Lexicon.ClauseOpeners.Contains(leading[0].Value) && !leading[0].Acronym // "WHO director-general" is no "who"
                                     || Lexicon.SentenceOpeners.Contains(leading[0].Value))) // "Both Roe and Hale"
        {
            words = words[leading[0].End..].Trim();
            leading = Tokens(words, 0, words.Length);
        }
        var titles = leading.Where(t => !t.Honorific).ToList();
        if (titles.Count == 0) return null;
        return WithoutPossessive(words[titles[0].Start..].Trim());
    }

    /// <summary>"The Native American Rights Fund's Jacqueline De León": the owner is the affiliation, without the "'s".</summary>
    private static string WithoutPossessive(string title) => EndsInApostropheS(title) ? title[..^2] : title;

    /// <summary>"Roe's", "NBC\u2019s": a word ending in a possessive "'s" (straight or curly).</summary>
    internal static bool EndsInApostropheS(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal);

    /// <summary>"scientists studying patients": a head noun first, then a participle that describes it.</summary>
    private static bool HeadFirst(string description)
    {
        var words = Word().Matches(description).Select(w => w.Value.ToLowerInvariant()).SkipWhile(Lexicon.Determiners.Contains).ToList();
        return words.Count >= 2 && Lexicon.AnonymousHeads.Contains(words[0]) && words[1].EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>"Doug Miller of Milltech Marine": the organisation after a name.</summary>
    private static string? OfAfter(string segment, List<Token> tokens, Token nameEnd)
    {
        var rest = segment[nameEnd.End..];
        var match = Regex.Match(rest, @"^\s+(?:of|from|at)\s+(?:the\s+)?(\p{Lu}[^,;]*)");
        return match.Success ? match.Groups[1].Value.Trim().TrimEnd('.') : null;
    }

    private static string? TitleBefore(string text, List<Token> tokens, Run run, List<Token> name)
    {
        var first = run.Start;
        // Walk back over descriptor words: "Police press officer", "Florida Department of Transportation official".
        while (first > 0)
        {
            var previous = tokens[first - 1];
            if (!IsSpace(text[previous.End..tokens[first].Start])) break;
            var word = previous.Value;
            if (Lexicon.ClauseOpeners.Contains(word) && !(word == "of" && first >= 2 && tokens[first - 2].Capitalized && tokens[first].Capitalized)) break;
            if (Lexicon.Determiners.Contains(word) || Lexicon.QuoteVerbs.Contains(word) || Lexicon.FiniteMarkers.Contains(word) || Lexicon.CueAdverbs.Contains(word)) break;
            if (!previous.Capitalized && Lexicon.Past(word)) break; // "Tom Hale met Prime Minister Jane Roe"
            // ("won against incumbent President Tom Hale"; a preposition between capitals is a title's: "Minister for Health")
            if (Lexicon.Prepositions.Contains(word) && !(first >= 2 && tokens[first - 2].Capitalized && tokens[first].Capitalized)) break;
            first--;
        }
        var start = tokens[first].Start;
        var title = text[start..name[0].Start].Trim();
        var words = Tokens(title, 0, title.Length).SkipWhile(t => Lexicon.SentenceOpeners.Contains(t.Value)).Where(t => !t.Honorific).ToList();
        if (words.Count == 0) return null;
        // A title ends in a title, a person's description, an organisation or a proper name; "Tom Hale met" is a clause.
        var last = words[^1];
        // "professor Dr Sara Seager": the honorific before the name is no part of the title.
        return last.Capitalized || last.Title || last.OrganisationWord || Lexicon.AnonymousHeads.Contains(last.Bare) ? WithoutPossessive(title[words[0].Start..last.End].Trim()) : null;
    }

    /// <summary>"X, a senior fellow at Y," or "X of Y, a researcher," after a name; else the Y of "X of Y"; else the title
    /// a copula gives ("X is the mayor of Springfield.").</summary>
    private static string? AppositiveAfter(string text, int end)
    {
        var after = text[end..Math.Min(text.Length, end + 250)];
        // ("Jane Roe, 54, a nurse from Ohio,": an age before the appositive is skipped.)
        var match = Regex.Match(after, @"^(?:\s+(?:of|from|at)\s+(?:the\s+)?(?<of>\p{Lu}[^,.;]*))?(?:,\s+\d{1,3})?,\s+(?<appositive>(?:a|an|the)\s[^,.;""\u201C\u201D]{3,150}),");
        if (match.Success && !DescribesOrganisation(match.Groups["appositive"].Value)) return match.Groups["appositive"].Value.Trim();
        if (match.Success && match.Groups["of"].Success) return match.Groups["of"].Value.Trim();
        var title = CopularTitle().Match(after) is { Success: true } copula ? copula.Groups["title"].Value
            : BareTitleAppositive().Match(after) is { Success: true } bare ? bare.Groups["title"].Value : null;
        if (title is null) return null;
        // A title word among the first four, after nothing but lower-case words and a possessive ("Springfield's mayor");
        // "Tom Hale, Jane Roe and …" is a list of names.
        var words = Tokens(title, 0, title.Length);
        var at = words.FindIndex(t => t.Title);
        return at is >= 0 and < 4 && words.Take(at).All(t => !t.Capitalized || t.Possessive || Lexicon.Determiners.Contains(t.Value))
            && !words[0].Value.EndsWith("ly", StringComparison.Ordinal) ? title : null; // "formerly the mayor" is no title now
    }

    /// <summary>"X, mayor of Springfield,", "X, Springfield's mayor,", "X, chief executive of Acme,": a title with no article.
    /// Up to three words before its head, fewest first, spelt out as alternatives: a lazy loop of a group breaks compiled
    /// and source-generated regexes (dotnet/runtime#129511).</summary>
    [GeneratedRegex(@"^,\s+(?<title>(?:[\p{L}\-]+['\u2019]s\s+)?(?:|[\p{L}\-]+\s+|(?:[\p{L}\-]+\s+){2}|(?:[\p{L}\-]+\s+){3})[\p{L}\-]+(?:\s+(?:of|at|for)\s+(?:the\s+)?[^,.;:""\u201C\u201D\n]{1,80}?)?)\s*[,.;]")]
    private static partial Regex BareTitleAppositive();

    [GeneratedRegex(@"^(?:,\s+who)?\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+)?(?<title>(?:the|a|an)\s+[^,.;:""\u201C\u201D\n]{3,100}?)(?=\s*[,.;]|\s+(?:and|who|since|until|when|for)\b)")]
    private static partial Regex CopularTitle();

    /// <summary>"The Prime Minister, Tom Hale, …": a title set off by a comma before the name, opening its sentence.</summary>
    private static string? TitleSetOffBefore(string text, int nameStart)
    {
        var from = Math.Max(0, nameStart - 120);
        var match = TitleThenComma().Match(text, from, nameStart - from);
        // ("The country's president, Tom Hale", "The mayor of Leeds, Tom Hale", "Its chief financial officer, Tom Hale": the
        // head is the last word before "of".)
        var head = match.Groups["head"].Value;
        // ("His lawyer, Jane Roe", "The study's lead author, Jane Roe": after a possessive, any word for a person.)
        return match.Success && (from == 0 || match.Index > from) && Tokens(head, 0, head.Length) is { Count: > 1 } words
               && (words[^1].Title || (!words[0].Value.Equals("the", StringComparison.OrdinalIgnoreCase) || words.Any(t => t.Possessive))
                   && Lexicon.AnonymousHeads.Contains(words[^1].Bare))
            ? Lowered(match.Groups["title"].Value) : null;
    }

    [GeneratedRegex(@"(?:^|[.!?]\s+|\n)(?<title>(?<head>(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{L}\-'\u2019]+\s+){0,3}[\p{L}\-]+)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3})?),\s*$", RegexOptions.RightToLeft)]
    private static partial Regex TitleThenComma();

    private static List<Token> Tokens(string s, int start, int end)
    {
        var list = new List<Token>((end - start) / 6);
        foreach (var m in Word().EnumerateMatches(s.AsSpan(start, end - start)))
        {
            var value = s.Substring(start + m.Index, m.Length);
            // A full stop belongs to an initial ("M."), a dotted acronym ("U.S.") or an abbreviation ("Dr."), not to a word ending a sentence.
            if (value.EndsWith('.') && !(value.Length == 2 && char.IsUpper(value[0]) || value.IndexOf('.') < value.Length - 1
                  || Lexicon.Abbreviations.Contains(value[..^1]) || Lexicon.Titles.Contains(value)))
                value = value[..^1];
            list.Add(new Token(value, start + m.Index, start + m.Index + value.Length));
        }
        return list;
    }
}
