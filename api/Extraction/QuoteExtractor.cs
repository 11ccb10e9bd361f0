using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Attribution.Api.Infrastructure;
using Attribution.Api.Quotes;
using Attribution.Api.Speakers;

namespace Attribution.Api.Extraction;

/// <summary>A quote found in a text, with its cue and speaker(s); offsets in Unicode code points.</summary>
public sealed record ExtractedQuote
{
    /// <summary>The quoted words (direct, partial) or the reported content (indirect), exactly as the text prints them.</summary>
    /// <example>We are going to go back to a pre-9/11 state – a breeding ground for terrorism,</example>
    public required string Text { get; init; }
    /// <example>6465</example>
    public required int Start { get; init; }
    /// <example>6543</example>
    public required int End { get; init; }
    /// <example>direct</example>
    public required QuoteKind Kind { get; init; }
    /// <summary>The cue: "said", "warned", "according to".</summary>
    /// <example>warned</example>
    public required string Verb { get; init; }
    /// <summary>The (first) speaker.</summary>
    public required ExtractedSpeaker Speaker { get; init; }
    /// <summary>Every speaker the cue names, in order; one in most quotes.</summary>
    public required IReadOnlyList<ExtractedSpeaker> Speakers { get; init; }
    /// <summary>How the cue refers to the speaker: a name, a surname, "he", "the minister".</summary>
    /// <example>Michael McCaul, the ranking Republican member of the US House Foreign Affairs Committee</example>
    public required string SpeakerMention { get; init; }
    /// <summary>How sure the attribution is, 0 to 1: lower for pronouns, titles, cues in another sentence.</summary>
    /// <example>0.9</example>
    public required double Confidence { get; init; }
    /// <summary>The day it was said, when the sentence dates it ("yesterday", "on Friday") relative to the publication date given.</summary>
    /// <example>2021-08-19</example>
    public DateOnly? SaidOn { get; init; }
    /// <summary>Which rules found the quote and chose its speaker; only with <c>POST /extract?explain=true</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ExtractionExplanation? Explanation { get; init; }
    /// <summary>The stored quote, after <c>POST /articles/{id}/extract?save=true</c>: created now or already there.</summary>
    /// <example>42</example>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? QuoteId { get; init; }
}

/// <summary>
/// Finds attributed quotes in article text by rule, without any outside service. Quotations are paired marks
/// (<see cref="QuoteMarks"/>); each is attributed to the speech cue of its clause: after it ("…," said X / X said), before
/// it (X said: "…", according to X, "…"), shared with an earlier quotation of the same sentence, or carried over from the
/// previous quotation when a quote runs on in the next sentence. Reported speech is a clause whose subject is a speaker
/// and whose verb reports ("X said (that) …", "…, X said.", "according to X, …"). Scare quotes, titles and nicknames have
/// no cue or read as names, and are left out.
/// </summary>
public sealed partial class QuoteExtractor : IQuoteExtractor
{
    /// <summary>A speech cue: who (<c>Match</c>), the verb, how sure the reading is, and where the speaker phrase ends in
    /// the text (<c>At</c>: a run-on quote looks for other speakers only past it).</summary>
    private sealed record Cue(SpeakerMatch Match, string Verb, double Certainty, int At, QuoteRule Rule);

    private sealed record Found(int Start, int End, QuoteKind Kind, Cue Cue);

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\-'\u2019]*")]
    private static partial Regex Word();

    /// <summary>The phrases that name a source ("according to", "selon", "laut", "según") as one alternation; not before a
    /// relative pronoun ("an agreement, according to which …" names no source).</summary>
    private static readonly string According =
        "(?:" + string.Join('|', Lexicon.AccordingTo.Select(p => Regex.Escape(p).Replace("\\ ", @"\s+", StringComparison.Ordinal))) + @")(?!\s+(?:which|whom|lequel|laquelle|lesquels|lesquelles|el\s+cual|la\s+cual|los\s+cuales|las\s+cuales)\b)";

    /// <summary>The first word of each phrase that names a source ("according", "selon", "laut", "según").</summary>
    private static readonly string[] AccordingFirstWords = Lexicon.AccordingTo.Select(p => p.Split(' ')[0]).Distinct().ToArray();

    private static readonly Regex AccordingToBefore = new(@"(?<!\w)" + According + @"\s+(?<speaker>[^,;]+?)\s*,?\s*$", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>"…" according to X; "…" in the attack according to X (a few words between, no comma).</summary>
    private static readonly Regex AccordingToAfter = new(@"^(?:(?<between>(?:\s+[\p{L}\p{N}\-'\u2019]+){1,6})\s+|\s*,?\s*)" + According + @"\s+(?<speaker>[^,;.]+)", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>Adverbials opening a clause before its subject: "On Monday, ", "After the vote, ", "This week, ", "But in
    /// March, ", "By 5:00 pm EDT (2100 UTC) ", "Hours after the vote, ", "Two days later, ", "On Tuesday, however, " (not "This included …, ", nor "But Hale, who led the party, said").</summary>
    [GeneratedRegex(@"^(?:(?:(?:On|In|At|During|Yesterday|Today|Earlier|Later|Meanwhile|However|Also|Separately|Last|This\s+(?:week|weekend|month|year|morning|afternoon|evening|summer|spring|autumn|fall|winter|time)|Soon|Shortly|Ahead|Upon|Regarding|Concerning|As\s+for|More|Most|Once|Next|First|Firstly|Secondly|Lastly|Finally|Afterwards?|Thereafter|Nevertheless|Nonetheless|Furthermore|Moreover|Additionally)\b[^,]{0,100},\s*)|(?:(?:But|And)\b(?!\s+\p{Lu})[^,]{0,100},\s*)|(?:(?:(?i:after|before|while|whilst|when|whenever|following)|Although|Though|Despite|Since|Amid|Amidst|Until|Because|Without|As|(?:Late|Early)\s+(?:on|in))\b[^,]{0,200},\s*)|(?:(?i:with)\s+(?:[\p{Ll}\d][\p{L}\p{N}\-'\u2019]*\s+){0,10}[\p{Ll}\d][\p{L}\p{N}\-'\u2019]*,\s*)|(?:(?:At|By|Around)\s+(?:about\s+|around\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.m\.|[ap]m)(?:\s+[A-Z]{2,4})?(?:\s*\([^()\n]{1,30}\))?\s*,?\s*)|(?:(?:Yesterday|Today|Earlier|Later|Meanwhile|Separately|Also|Afterwards?|Thereafter)\s+)|(?:The\s+(?:previous|next|following|same)\s+(?:day|night|morning|afternoon|evening|week|month|year),\s*)|(?:(?:\p{Lu}\p{L}*\s+(?:\p{Ll}+\s+)?)?(?:[Ss]econds|[Mm]inutes|[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears|[Mm]oments)\s+(?:after|before|later|earlier)\b[^,]{0,200},\s*)|(?:(?:however|meanwhile|though|instead|nevertheless|nonetheless|moreover|furthermore|in\s+turn),\s*))+")]
    private static partial Regex LeadingAdverbial();

    /// <summary>A fronted clause before the speaker: "Asked whether he would resign, ", "When pressed on the budget, ",
    /// "Speaking to Jane Roe of the BBC, " (whose names are not the speaker).</summary>
    private static readonly Regex FrontedClause = new(
        @"^\s*(?:(?:When|While|After|Before|Once)\s+(?:being\s+)?)?(?:" + Lexicon.Alternation(Lexicon.FrontedClauses) + @")\b[^,;""\u201C\u201D\u00AB\u201E]{0,150},\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>A time opening a clause without a comma, before its subject: "On Monday he said", "In March Hale said",
    /// "Last week the ministry said", "On Thursday officials reported". Interpreted: compiled, its case-blind alternation of
    /// every word for people took two of the four seconds of a service's first extraction, and anchored it fails as fast.</summary>
    private static readonly Regex LeadingDate = new(@"^\s*(?:(?:Late\s+|Early\s+)?(?:On|In|By)\s+(?:(?:" + string.Join('|', Lexicon.Calendar)
        + @")(?:\s+\d{1,2})?|\d{4})|(?:Last|This|Earlier\s+this|Later\s+that)\s+(?:week|weekend|month|year|" + string.Join('|', Lexicon.Calendar) + @"))\s+(?=(?:he|she|they|it|we|the|The|"
        + Lexicon.Alternation(Lexicon.AnonymousHeads) + @")\b|\p{Lu})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>A date and an aside set off by dashes before the subject: "On September 13 — two days after the ruling — he said".</summary>
    private static readonly Regex DatedAside = new(@"^\s*(?:On|In|By)\s+(?:(?:" + string.Join('|', Lexicon.Calendar)
        + @")(?:\s+\d{1,2})?|\d{4})\s*[\u2014\u2013]\s[^\u2014\u2013\n]{1,120}?\s[\u2014\u2013]\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Where the subject of a clause starts, past leading adverbials, fronted clauses and dates.</summary>
    private static int SubjectStart(string clause)
    {
        var offset = 0;
        while (true)
        {
            var rest = clause[offset..];
            var m = offset == 0 ? Dateline().Match(rest) : Match.Empty;
            if (!m.Success || m.Length == 0) m = DatedAside.Match(rest);
            if (!m.Success || m.Length == 0) m = LeadingAdverbial().Match(rest);
            if (!m.Success || m.Length == 0) m = FrontedClause.Match(rest);
            if (!m.Success || m.Length == 0) m = LeadingDate.Match(rest);
            if (!m.Success || m.Length == 0) return offset;
            offset += m.Length;
        }
    }

    /// <summary>Time phrases and adverbs between a speaker and the verb or after the verb: "on Friday", "this week".</summary>
    private const string TimePhrase = @"(?:(?:by|at|around|before|after|until)\s+(?:about\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.m\.|[ap]m)(?:\s+(?-i:[A-Z]{2,4}))?|(?:late\s+|early\s+)?on\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|Twitter|X|Facebook|television|TV|radio)|(?:yesterday|this|last|earlier|later|next)\s+(?:morning|afternoon|evening|night|week|weekend|month|year)|yesterday|today|tonight|recently|previously|earlier|later|also|again|then|further|too|both|once|publicly|separately|in\s+(?:a|an|the|its|his|her|their)\s+(?:(?:written|televised|joint|court|video|radio|separate)\s+|(?-i:\p{Lu}[\p{L}\-]*)\s+)?(?:statement|interview|post|tweet|speech|letter|press\s+release|news\s+conference|press\s+conference|meeting|briefing|email|e-mail|filing|video|message|address|op-ed|column|broadcast|podcast|memo|submission|blog\s+post|note|research\s+note|newsletter)(?:\s+(?:with|to)\s+(?:the\s+)?(?:(?-i:[\p{Lu}][\p{L}\p{N}.&\-]*(?:\s+[\p{Lu}][\p{L}\p{N}.&\-]*)*)|(?:his|her|their|its)?\s*(?:reporters|journalists|members|supporters|staff|employees|investors|lawmakers|clients|customers|colleagues|shareholders|followers|voters|constituents)))?|in\s+(?:early\s+|late\s+|mid-)?(?:(?-i:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|(?:19|20)\d\d)(?![\p{L}\p{N}])|at\s+a\s+(?:news|press)\s+conference|(?:on|during|in)\s+(?:a|an|the|its|his|her|their)\s+(?:(?:conference|earnings|investor|media|press|phone|video|town-hall|town\s+hall)\s+)?call\s+with\s+(?:(?:the\s+)?(?-i:\p{Lu}[\p{L}\-]*)\s+)?(?:analysts|investors|reporters|journalists|shareholders|supporters|lawmakers|leaders|officials)|in\s+remarks\s+to\s+[^,]+|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?(?![\u2019'\-]))";

    [GeneratedRegex(@"(?:[\s,]+" + TimePhrase + @"\b)+[\s,]*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex TrailingTime();

    [GeneratedRegex(@"\G(?:[\s,]*" + TimePhrase + @"\b)+[\s,]*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingTime();

    /// <summary>Where the words were said, between the verb and "that": "said in a statement (on Monday) that". Up to
    /// three words before the medium, fewest first, spelt out as alternatives: no lazy loop of a group (see below).</summary>
    [GeneratedRegex(@"\G\s*(?:in|on|via|through|during)\s+(?:a|an|the|his|her|its|their)\s+(?:|[\p{L}\-]+\s+|(?:[\p{L}\-]+\s+){2}|(?:[\p{L}\-]+\s+){3})(?:statement|report|interview|letter|post|tweet|speech|video|release|conference|briefing|message|filing|broadcast|website|blog|page|account|feed|channel|paper|study|article|op-ed|column|book|memo|memoir|email|essay|editorial|podcast|testimony|ruling|remarks|address|lawsuit|complaint)\b[^,;.""\u201C\u201D]{0,60}?(?=\s+that\s)|\G\s*on\s+(?:the\s+)?condition\s+of\s+anonymity\b(?=\s+that\s)")]
    private static partial Regex LeadingMedium();

    /// <summary>In what capacity the words were said, between the verb and "that": "writes as a mother and grandmother that".</summary>
    [GeneratedRegex(@"\G\s+as\s+(?:an?|the|his|her|its|their)\s+[^,;:.""\u201C\u201D]{1,40}(?:,\s+[^,;:.""\u201C\u201D]{1,40}){0,3}?(?=\s+that\s)")]
    private static partial Regex LeadingCapacity();

    /// <summary>An aside between the verb and "that": ", without evidence, ", ", however, ", " without offering details".</summary>
    [GeneratedRegex(@"\G(?:\s*,\s*[^,;:""\u201C\u201D]{1,50},|\s+without\s+(?:evidence|proof|elaborating|(?:offering|giving|providing)\s+(?:evidence|proof|details))\b,?)(?=\s*that\s)")]
    private static partial Regex AsideBeforeThat();

    /// <summary>A short object with no verb, then a participle of saying set off by a comma: "defeat, telling supporters …".</summary>
    [GeneratedRegex(@"^\s*(?:(?:the|a|an|his|her|their|its)\s+)?\p{Ll}[\p{L}\-]*(?:\s+\p{Ll}[\p{L}\-]*)?,\s+(?:telling|saying|adding|noting|arguing|insisting|warning|claiming|stressing|writing)\s")]
    private static partial Regex NounThenParticiple();

    [GeneratedRegex(@"(?:\s+(?:has|have|had|was|were|is|would|will|also|too|both|later|earlier|recently|previously|further|then|again|once|reportedly|publicly|separately|still|just|already|(?!(?:family|assembly|rally|supply|anomaly|monopoly|homily)\b)(?-i:\p{Ll}{3,}ly)))+\s*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex TrailingAdverbs();

    [GeneratedRegex(@",\s+(?:who|which|whose|adding|saying|according|as|when|while|after|before|during|in|on|at|but)\b|\s+(?:who|which)\s|(?:\s+" + TimePhrase + @"\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectEnd();

    /// <summary>An outlet told, described by its kind before its name: "told Brussels-based media network EURACTIV",
    /// "told state news agency Xinhua", "told the French broadcaster BFMTV".</summary>
    private static readonly Regex OutletRecipient = new(@"^\s*(?:(?:the|a)\s+)?(?:[\p{L}\-]+\s+){0,2}(?:" + Lexicon.Alternation(Lexicon.OutletWords)
        + @")\s+(?-i:\p{Lu})[\p{L}\p{N}\-'\u2019.&]*(?:\s+(?:(?-i:\p{Lu})|\d)[\p{L}\p{N}\-'\u2019.&]*)*(?=[\s,]|$)", RegexOptions.Compiled);

    [GeneratedRegex(@"^\s*(?:to\s+)?(?:(?:the|The|our|a|an)\s+)?(?:(?:[\p{Lu}\d][\p{L}\p{N}\-'\u2019.&]*)(?:\s+(?:of\s+|and\s+)?[\p{Lu}][\p{L}\p{N}\-'\u2019.&]*)*|him|her|them|us|me|it|reporters|journalists|lawmakers|parliament|police|investigators|supporters|press|media|state\s+media|local\s+media|correspondent|public|audience|crowd|court|committee|newspaper|paper)(?=[\s,]|$)")]
    private static partial Regex Recipient();

    [GeneratedRegex(@"\b(?:\p{Lu}|Dr|Mr|Mrs|Ms|Prof|Sens?|Reps?|Gov|Gen|Lt|Col|Capt|St|Jr|Sr)\.")]
    private static partial Regex Abbreviation();

    /// <summary>A subject, a verb that puts out a document, and the document: "The ministry issued a statement".</summary>
    private static readonly string Issued = @"^\s*(?<subject>[^,;:""\u201C\u201D]{2,80}?)\s+(?:" + Lexicon.Alternation(Lexicon.IssueVerbs)
        + @")\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}\-]+\s+){0,2}(?:" + Lexicon.Alternation(Lexicon.IssuedDocuments) + @")\b";

    /// <summary>"The ministry issued a statement (saying …): "…"": a subject, a verb that puts out a document, the document;
    /// "The palace issued the following statement from the king: "…"": the document's author after "from".</summary>
    private static readonly Regex IssuedColon = new(Issued + @"(?:\s+from\s+(?<author>[^,:""\u201C\u201D]{2,60}?)(?=\s*:))?[^:""\u201C\u201D]*:\s*$", RegexOptions.Compiled);

    /// <summary>"The ministry issued a statement on Monday saying": a subject, a verb that puts out a document, the
    /// document, and the participle (at the end) that gives its words.</summary>
    private static readonly Regex IssuedSaying = new(Issued + @"[^,.;:""\u201C\u201D]{0,80}?,?\s*$", RegexOptions.Compiled);

    /// <summary>A name, perhaps an age, and a relative clause ending in a colon: "Thomas Gray, 24, who cited …: " (not one
    /// closed by a comma before the main verb: "X, who worked for Imus, tweeted:").</summary>
    [GeneratedRegex(@"(?<who>\p{Lu}[\p{L}\-'\u2019.]*(?:\s+\p{Lu}[\p{L}\-'\u2019.]*){0,3})(?:,\s*\d{1,3})?,?\s+who\s+(?<verb>\p{Ll}+)\b[^:;,""\u201C\u201D]{0,150}:\s*$")]
    private static partial Regex WhoColon();

    /// <summary>"Added Sen. Cantwell: "…"", "Remarked scientist Tierra Curry, "…"": a capitalised verb opening the clause,
    /// then its subject and a colon or a comma.</summary>
    [GeneratedRegex(@"^\s*(?<verb>\p{Lu}\p{Ll}+)\s+(?<subject>[^:;,""\u201C\u201D]{2,80}?)\s*[:,]\s*$")]
    private static partial Regex InvertedColon();

    /// <summary>"Haddad dismissed her: "…"": the subject of a clause that introduces a quotation with a colon. Its
    /// capitalised words may be joined by "of", "for" or "and" ("The Court of Appeal ruled: "…"").</summary>
    [GeneratedRegex(@"^\s*(?<subject>\p{Lu}[\p{L}\-'\u2019.]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}\-'\u2019.]*){0,7}|he|she)\s+(?<verb>[a-z]+)\b[^:]*:\s*$")]
    private static partial Regex ColonCue();

    /// <summary>An aside between subject and verb: "X, speaking on radio, said", "X, while campaigning in Michigan, called".</summary>
    private static readonly Regex TrailingAside = new(
        @",\s+(?:(?:while|whilst|when|after|before|since|upon)\s+\p{L}+ing|(?:on|aboard|inside)\s+the|" + Lexicon.Alternation(Lexicon.FrontedClauses) + @")\b[^,;]{0,100},?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft | RegexOptions.Compiled);

    /// <summary>"X continued by noting": a verb of manner before the verb of saying.</summary>
    [GeneratedRegex(@"\s+(?:(?:continued|went\s+on|responded|replied|concluded|ended|began|opened|closed|finished|started)\s+by|(?:went|goes|go)\s+on\s+to|continued\s+to)\s*$", RegexOptions.RightToLeft)]
    private static partial Regex TrailingManner();

    /// <summary>A relative clause set off by commas between a subject and its verb: "Jane Roe, who leads the union, said";
    /// also one closing an appositive: "Jane Roe, a rapporteur who had investigated the case, said"; a number's
    /// thousands separator is not a comma closing it ("The company, which employs 3,000 people, said"); it may count
    /// ("The students, many of whom had travelled from abroad, said").</summary>
    [GeneratedRegex(@",\s+(?:(?:many|some|most|all|none|one|two|three|several|few|each|both|neither)\s+of\s+)?(?:who|which|whose|whom)\b(?:[^,;]|(?<=\d),(?=\d{3}))" + "{1,150}" + @",?\s*$|(?<=,[^,;]{1,150})\s+who\b[^,;]{1,150},\s*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex TrailingRelative();

    /// <summary>An aside set off by dashes between a subject and its verb: "Hale — who has led the party since 2010 — promised".</summary>
    [GeneratedRegex(@"\s[\u2014\u2013]\s[^\u2014\u2013;]{1,150}\s[\u2014\u2013]\s*$", RegexOptions.RightToLeft)]
    private static partial Regex TrailingDashAside();

    /// <summary>A subject without the asides, relative clauses, time phrases, adverbs and verbs of manner between it and its verb.</summary>
    private static string Trimmed(string subject) =>
        TrailingAuxiliary.Replace(TrailingAdverbs().Replace(TrailingTime().Replace(TrailingAside.Replace(TrailingRelative().Replace(
            TrailingDashAside().Replace(TrailingManner().Replace(subject, ""), ""), ""), ""), ""), ""), "");

    /// <summary>An auxiliary between subject and participle: "Marie Dupont a (affirmé)", "Schmidt hat (gesagt)".</summary>
    private static readonly Regex TrailingAuxiliary = new(@"\s+(?:" + Lexicon.Alternation(Lexicon.Auxiliaries) + @")\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The word opening reported content ("that", "que", "qu'", "dass"): a word, or an elided form before one.</summary>
    private static readonly Regex That = new(@"\G[\s,]*(?:" + string.Join('|', Lexicon.Complementizers.OrderByDescending(w => w.Length)
        .Select(w => Regex.Escape(w) + (w[^1] is '\'' or '\u2019' ? "" : @"\b\s*"))) + ")", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>Where reported content ends: ", but …", ", as did …", ";", " — adding …", ", and projected …" (a second verb of the
    /// speaker's, with no subject of its own), ", Cyprus Mail reported." (the outlet that carried the report) and ", a poll
    /// showed." (the survey the speakers answered).</summary>
    [GeneratedRegex(CountedSpeakers + @"|,\s+(?:but|while|though|although|whereas)\s|,\s+as\s+(?:did|does|do|has|have|had)\s|;\s|\s+[\u2014\u2013]\s+(?=\w+ing\b)|(?:,\s+(?=with\s)|\s+(?=despite\s))(?=(?:with|despite)\s+(?:\S+\s+){1,5}(?:" + WithParticiples + @")\b)|\s+but\s+(?=\w+\s+(?:is|are|was|were|has|have|had)\b)|,\s+and\s+(?=(?-i:\p{Ll}+ed)\b)|,\s+(?=(?:the\s+)?(?-i:\p{Lu})\S*(?:\s+\S+){0,3}\s+(?:reported|reports|said|says|wrote)\W*$)|,\s+(?=(?:a|an|the)\s+(?:\w+\s+)?(?:poll|survey|study|report|census)\s+(?:showed|shows|found|finds|suggested|suggests)\W*$)|,\s+(?=(?:a|an)\s+(?:decision|move|step|remark|comment|claim)\s+(?:that\s+|which\s+)?(?:\w+\s+){0,3}\w+\W*$)", RegexOptions.IgnoreCase)]
    private static partial Regex ContentEnd();

    private static readonly Regex AccordingToInside = new(@"^(?<before>.+?),\s*" + According + @"\s+(?<speaker>[^,;]+?)(?:\s*,\s*(?<after>.+))?$", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.Compiled);

    /// <summary>"according to a Twitter post by Amy Cook", "according to a statement from the White House" (or "from the
    /// ministry", "released by the court"): a document one issues, by or from its author, is the author's word.</summary>
    private static readonly Regex AccordingToAuthor = new(@"(?<!\w)" + According + @"\s+(?:a|an|the|his|her|its|their)\s+(?:[\w'\u2019]+\s+){0,2}(?:"
        + Lexicon.Alternation(Lexicon.IssuedDocuments) + @")\s+(?:(?:issued|released|published)\s+)?(?:by|from)\s+(?:the\s+)?(?:(?-i:\p{Lu})|(?:"
        + Lexicon.Alternation(Lexicon.AnonymousHeads.Concat(Lexicon.OrganisationWords).Concat(Lexicon.Titles)) + @")\b)", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>"according to a police statement", "according to a White House statement", "according to the company's
    /// statement": a source before the document.</summary>
    private static readonly Regex AccordingToSourced = new(@"(?<!\w)" + According + @"\s+(?:a|an|the)\s+(?<source>[\w\-]+(?:\s+[\w\-]+){0,2})(?:['\u2019]s)?\s+(?:"
        + Lexicon.Alternation(Lexicon.IssuedDocuments) + @")\b", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>Whether the text holds "according to" a document whose author it does not name ("according to a statement
    /// posted to his account"): no one's word.</summary>
    internal static bool NamesUnauthoredDocument(string text) => AccordingToDocument.IsMatch(text) && !NamesAuthor(text);

    /// <summary>Whether an "according to" phrase of a document names who issued it (by, from, or before it).</summary>
    private static bool NamesAuthor(string phrase) =>
        AccordingToAuthor.IsMatch(phrase) || AccordingToSourced.Match(phrase) is { Success: true } sourced
        && SpeakerPhrases.CouldIssue(sourced.Groups["source"].Value);

    // No lazy loop of a group here or below ("(?:\w+\s+){0,2}?"): compiled and source-generated regexes throw
    // IndexOutOfRangeException when backtracking out of one at its maximum (dotnet/runtime#129511, fixed after .NET 10).
    // ("Post" capitalised names a newspaper: "according to The Washington Post".)
    private static readonly Regex AccordingToDocument = new(@"(?<!\w)" + According + @"\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'\u2019]+\s+){0,3}(?:"
        + string.Join('|', Lexicon.DocumentHeads.Select(h => h == "post" ? "(?-i:post)" : Regex.Escape(h))) + @")\b(?!\s+(?:" // "according to the research team" is the team
        + Lexicon.Alternation(Lexicon.AnonymousHeads.Concat(Lexicon.OrganisationWords)) + @")\b)", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>"According to X, …" opening a clause (a sentence, or the part after a semicolon).</summary>
    [GeneratedRegex(@"^(?<name>(?:\p{Lu}[\p{L}\-'\u2019.]*\s+){0,3}\p{Lu}[\p{L}\-'\u2019]*)\s+(?<clause>\p{Ll}.{8,})$", RegexOptions.Singleline)]
    private static partial Regex NameThenClause();

    /// <summary>The source ending a clause, found from the end: "… yesterday according to state media."</summary>
    private static readonly Regex AccordingToEnd = new(@"(?<=[^,;\s]\s+)" + According + @"\s+(?<speaker>[^,;]+?)[\s.]*$", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.RightToLeft | RegexOptions.Compiled);

    /// <summary>A source and nothing else: ", according to investigators."</summary>
    private static readonly Regex AccordingToOnly = new(@"^\s*" + According + @"\s+[^,;.]+[.\s]*$", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private static readonly Regex AccordingToFirst = new(@"^(?i:" + According + @")\s+(?<speaker>[^,;]+?),\s*(?<content>.+)$", RegexOptions.Singleline | RegexOptions.Compiled);

    /// <summary>German "Laut X wird …": no comma after the source, whose end is the finite verb that comes second.</summary>
    private static readonly Regex LautFirst = new(@"^(?i:laut)\s+(?<speaker>[^,;]+?)\s+(?<content>(?:" + Lexicon.Alternation(Lexicon.VerbSecond)
        + @")\s.+)$", RegexOptions.Singleline | RegexOptions.Compiled);

    /// <summary>The most a quote of a text in a language the word lists do not cover may be reported with: its cues and
    /// speakers were found from marks and names alone, and no corpus measures how often that is right.</summary>
    public const double UnreadLanguageCeiling = 0.5;

    /// <inheritdoc />
    public IReadOnlyList<ExtractedQuote> Extract(string text, string? title = null, DateTimeOffset? publishedAt = null, string? language = null)
    {
        var layout = new TextLayout(text);
        var phrases = new SpeakerPhrases(layout, title);
        var found = new List<Found>();
        var orphans = Quoted(layout, phrases, found);
        Reported(layout, phrases, found);
        RunOnAfterReport(layout, orphans, found);
        AnnouncedStatement(layout, phrases, orphans, found);
        Layouts(layout, phrases, found);
        var codePoints = new CodePoints(text);
        var ceiling = TextLanguage.Unread(language) ? UnreadLanguageCeiling : 1;
        return found.OrderBy(f => f.Start).Select(f => ToResult(layout, codePoints, f, publishedAt, ceiling)).ToList();
    }

    [GeneratedRegex(@"\b(?:(?<yesterday>yesterday|last\s+night)|(?<today>today|this\s+(?:morning|afternoon|evening)|tonight)|on\s+(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayWords();

    /// <summary>The day a sentence's "yesterday", "today" or "on Friday" names, counted back from the publication date.</summary>
    private static DateOnly? SaidOn(TextLayout layout, Found f, DateTimeOffset? publishedAt)
    {
        if (publishedAt is not { } published) return null;
        var (start, end) = layout.SentenceAt(f.Start);
        var outside = layout.Text[start..f.Start] + " " + layout.Text[f.End..Math.Max(f.End, end)];
        if (DayWords().Match(outside) is not { Success: true } day) return null;
        var date = DateOnly.FromDateTime(published.UtcDateTime);
        if (day.Groups["yesterday"].Success) return date.AddDays(-1);
        if (day.Groups["today"].Success) return date;
        var weekday = Enum.Parse<DayOfWeek>(day.Groups["day"].Value, ignoreCase: true);
        return date.AddDays(-(((int)date.DayOfWeek - (int)weekday + 7) % 7));
    }

    private static ExtractedQuote ToResult(TextLayout layout, CodePoints codePoints, Found f, DateTimeOffset? publishedAt, double ceiling)
    {
        var text = layout.Text;
        var span = new Span(codePoints.At(f.Start), codePoints.At(f.End));
        var speakers = f.Cue.Match.Speakers;
        return new ExtractedQuote
        {
            Text = text[f.Start..f.End], Start = span.Start, End = span.End, Kind = f.Kind, Verb = f.Cue.Verb,
            Speaker = speakers[0], Speakers = speakers, SpeakerMention = f.Cue.Match.Mention,
            Confidence = Math.Round(Math.Clamp(f.Cue.Certainty * f.Cue.Match.Certainty, 0, ceiling), 2),
            SaidOn = SaidOn(layout, f, publishedAt),
            Explanation = new ExtractionExplanation(f.Cue.Rule, f.Cue.Match.Rule),
        };
    }

    /// <summary>UTF-16 offsets to code points in a logarithm of the text's surrogate pairs (none in most texts), so
    /// that converting every quote's offsets costs no pass over the text each.</summary>
    private sealed class CodePoints(string text)
    {
        private readonly List<int> pairs = Pairs(text);

        private static List<int> Pairs(string text)
        {
            var pairs = new List<int>();
            for (var i = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDBFF'); i >= 0 && i + 1 < text.Length;)
            {
                if (char.IsLowSurrogate(text[i + 1])) pairs.Add(i++);
                var next = text.AsSpan(i + 1).IndexOfAnyInRange('\uD800', '\uDBFF');
                i = next < 0 ? -1 : i + 1 + next;
            }
            return pairs;
        }

        public int At(int utf16)
        {
            var before = pairs.BinarySearch(utf16);
            return utf16 - (before >= 0 ? before : ~before); // one fewer code point for each pair that starts before
        }
    }

    // ---- Quotations -------------------------------------------------------------------------------------------

    /// <summary>Finds the quotations with a cue; returns those standing as a sentence of their own with none, which
    /// may run on from reported speech (<see cref="RunOnAfterReport"/>).</summary>
    private static List<Quotation> Quoted(TextLayout layout, SpeakerPhrases phrases, List<Found> found)
    {
        var text = layout.Text;
        var quotes = layout.Quotes;
        (Quotation Quote, Cue Cue)? last = null;
        var waiting = new List<Quotation>();
        var orphans = new List<Quotation>();
        for (var k = 0; k < quotes.Count; k++)
        {
            var q = quotes[k];
            var clause = layout.ClauseAt(q.Open);
            var sentence = layout.SentenceAt(q.Open);
            var previousInClause = k > 0 && quotes[k - 1].Close >= clause.Start;
            var leftStart = previousInClause ? quotes[k - 1].Close + 1 : clause.Start;
            var after = layout.ClauseAt(q.Close);
            var rightEnd = k + 1 < quotes.Count && quotes[k + 1].Open < after.End ? quotes[k + 1].Open : after.End;
            var content = text[q.Start..q.End];
            var words = Word().Matches(content).Count;

            if (IsNameOrTitle(text, q, leftStart, content)) continue;

            var endsSentence = TextLayout.EndsSentence(content);
            var kind = Kind(text, leftStart, q, content);
            var inSentence = kind == QuoteKind.Partial;
            var cue = endsSentence
                ? LeftCue(phrases, text, leftStart, q.Open, inSentence) ?? RightCue(phrases, text, q.Close + 1, rightEnd, shortOnly: true)
                  ?? (rightEnd == q.Close + 1 || string.IsNullOrWhiteSpace(text[(q.Close + 1)..rightEnd]) ? NextSentenceCue(layout, phrases, q) : null)
                : AgentCue(phrases, text, leftStart, q, after.End) ?? AfterOrBefore() ?? (inSentence ? SentenceEndCue(layout, phrases, q) : null);
            // "Roe called it a "breach of trust," according to NBC": the outlet reports a fragment whose own cue comes before it.
            // So does a fragment the writer's clause runs on from ("After Hale said he would "halt" enforcement of the rule,
            // Roe called him out": the words after it are the clause's, and the cue after them is another clause's).
            Cue? AfterOrBefore() => inSentence && ClauseRunsOn(text, q.Close + 1) && LeftCue(phrases, text, leftStart, q.Open, inSentence) is { } runsOn ? runsOn
                : RightCue(phrases, text, q.Close + 1, rightEnd, shortOnly: false) is { } right
                    ? right.Rule == QuoteRule.AccordingTo && inSentence && LeftCue(phrases, text, leftStart, q.Open, inSentence) is { } left ? left : right
                    : LeftCue(phrases, text, leftStart, q.Open, inSentence);

            // A quotation opening a paragraph after one that ends in a colon ("X told lawmakers:") takes that cue.
            if (cue is null && string.IsNullOrWhiteSpace(text[leftStart..q.Open]) && ColonBefore(layout, q.Open) is { } colon)
                cue = LeftCue(phrases, text, layout.ClauseAt(colon).Start, colon + 1) is { } above ? above with { Certainty = above.Certainty * 0.9 } : null;
            // No cue of its own: a later quotation of the same sentence shares the earlier one's ("X said … and …"); a
            // word or two in quotes shares it only when coordinated with it ("called it "x" and "y""), else it is a scare quote.
            if (cue is null && last is { } shared && shared.Quote.Close >= sentence.Start
                && (words > 2 || Word().Matches(text[(shared.Quote.Close + 1)..q.Open]).Count <= 3
                    || CoordinatedCue().Match(text, shared.Quote.Close + 1, q.Open - shared.Quote.Close - 1) is { Success: true } coordinated
                       && SaysOrFrames(coordinated.Groups["verb"].Value)))
                cue = shared.Cue with
                {
                    Rule = QuoteRule.SharedInSentence,
                    Verb = Word().Matches(text[leftStart..q.Open]).LastOrDefault(w => Lexicon.QuoteVerbs.Contains(w.Value))?.Value.ToLowerInvariant() ?? shared.Cue.Verb,
                    Certainty = shared.Cue.Certainty * 0.95,
                };
            // ""…," he added." where no one named fits "he" (the last speaker was named by surname alone): the last quotation's
            // speaker, when a person.
            if (cue is null && last is { } previous && previous.Cue.Match.Speakers is [{ Kind: SpeakerKind.Person }]
                && PronounCue().Match(text, q.Close + 1, Math.Max(0, rightEnd - q.Close - 1)) is { Success: true } pronounCue
                && Lexicon.QuoteVerbs.Contains(pronounCue.Groups["verb"].Value)
                && previous.Cue.Match.Speakers[0].Name.Split(' ')[0] is var firstName
                && !(pronounCue.Groups["pronoun"].Value == "she" ? Lexicon.MaleNames.Contains(firstName) : Lexicon.FemaleNames.Contains(firstName)))
                cue = previous.Cue with { Verb = pronounCue.Groups["verb"].Value, Certainty = 0.6, At = q.Close + 1 + pronounCue.Length };
            // A quote running on in the next sentence or paragraph, with no speaker of its own, is the last speaker's,
            // unless someone else is named or speaks between (past the last quote's own cue).
            // (One word will do when it is a sentence of its own in the same paragraph: ""I don't know," said Hale. "Maybe."".)
            if (cue is null && last is { } before && (words > 3 || words > 1 && endsSentence
                    || words == 1 && endsSentence && char.IsUpper(content[0]) && ParagraphsBetween(text, before.Quote.Close, q.Open) == 0)
                && string.IsNullOrWhiteSpace(text[leftStart..q.Open])
                && ParagraphsBetween(text, before.Quote.Close, q.Open) is var apart && (apart <= 1 || apart <= 8 && OnlySpeakerAgain(text, found, before, q))
                && !NamesSomeoneElse(layout, phrases, before, q))
                cue = before.Cue with { Certainty = 0.6, Rule = QuoteRule.RunOn };
            // ("…, leaving Hale unimpressed. "One of them was questionable."": right after a sentence of the same paragraph that
            // names one person only, with no quotation or verb of saying, the quotation is theirs, when they have spoken before.)
            if (cue is null && last is not null && words > 3 && endsSentence && string.IsNullOrWhiteSpace(text[leftStart..q.Open])
                && layout.SentenceAt(Math.Max(0, sentence.Start - 1)) is var previousSentence && previousSentence.End <= q.Open
                && ParagraphsBetween(text, previousSentence.Start, q.Open) == 0 && !layout.HasQuoteIn(previousSentence.Start, previousSentence.End)
                && !Word().Matches(text, previousSentence.Start).TakeWhile(w => w.Index < previousSentence.End).Any(w => Lexicon.Says(w.Value))
                && phrases.OnlyPersonNamed(previousSentence.Start, previousSentence.End) is { } only
                && found.LastOrDefault(f => f.Cue.Match.Speakers is [var spoke] && spoke.Name == only) is { } earlier)
                cue = earlier.Cue with { Certainty = 0.6, Rule = QuoteRule.RunOn };
            if (cue is null)
            {
                // "Saying "…", X elaborated, "…"": a fronted participle of saying takes the cue of the sentence's next quotation.
                if (FrontedSaying.IsMatch(text[leftStart..q.Open])) waiting.Add(q);
                else if (words > 3 && endsSentence && string.IsNullOrWhiteSpace(text[leftStart..q.Open])) orphans.Add(q);
                continue;
            }

            // "He said Zelensky is "…"; however, "…", he added": a pronoun is the last speaker of the paragraph, when the person
            // it found is named only in what that speaker said since.
            if (cue.Match is { Rule: SpeakerRule.Pronoun, Speakers: [var named] } && last is { } lastSpoken && lastSpoken.Cue.At < lastSpoken.Quote.Open
                && lastSpoken.Cue.Match.Speakers is [{ Kind: SpeakerKind.Person } speaker] && speaker.Name != named.Name
                && phrases.Fits(cue.Match.Mention, speaker.Name) && ParagraphsBetween(text, lastSpoken.Quote.Close, q.Open) == 0
                && named.Name.Split(' ')[^1] is var surname && text.AsSpan(lastSpoken.Cue.At, lastSpoken.Quote.Open - lastSpoken.Cue.At).Contains(surname, StringComparison.Ordinal)
                && !text.AsSpan(lastSpoken.Quote.Close, q.Open - lastSpoken.Quote.Close).Contains(surname, StringComparison.Ordinal))
                cue = cue with { Match = cue.Match with { Speakers = lastSpoken.Cue.Match.Speakers } };
            // ("\"We stand ready\" tweeted Johnson \"to provide whatever help …\"": a sentence broken by its cue goes on as it began.)
            if (kind == QuoteKind.Partial && last is { } broken && previousInClause && broken.Quote == quotes[k - 1] && broken.Cue.At > broken.Quote.Close && broken.Cue.At <= q.Open
                && found.LastOrDefault() is { Kind: QuoteKind.Direct } opened && opened.Start == broken.Quote.Start
                && Word().Matches(text[leftStart..q.Open]).Count == 1 + Word().Matches(broken.Cue.Match.Mention).Count // the verb and its speaker, nothing more
                && text.AsSpan(leftStart, q.Open - leftStart).IndexOfAny('.', ';', ':') < 0)
                kind = QuoteKind.Direct;
            found.Add(new Found(q.Start, q.End, kind, cue));
            foreach (var fronted in waiting.Where(w => w.Open >= sentence.Start))
                found.Add(new Found(fronted.Start, fronted.End, QuoteKind.Direct, cue with { Certainty = cue.Certainty * 0.9, Rule = QuoteRule.SharedInSentence }));
            waiting.Clear();
            last = (q, cue);
        }
        return orphans;
    }

    /// <summary>"Hale said the decision was wrong. "It was shameful."": a quotation with no cue of its own, standing as
    /// the sentence right after reported speech (in the same or the next paragraph, nothing found between), is the
    /// reporter's speaker's.</summary>
    private static void RunOnAfterReport(TextLayout layout, List<Quotation> orphans, List<Found> found)
    {
        var text = layout.Text;
        foreach (var q in orphans)
        {
            var sentence = layout.SentenceAt(q.Open);
            var before = found.Where(f => f.End <= sentence.Start).MaxBy(f => f.End);
            if (before is not { Kind: QuoteKind.Indirect } report || found.Any(f => f.Start >= report.End && f.Start < q.Open)) continue;
            var reportEnd = layout.SentenceAt(report.Start).End;
            if (reportEnd < sentence.Start && !string.IsNullOrWhiteSpace(text[reportEnd..sentence.Start]) || ParagraphsBetween(text, report.End, q.Open) > 1) continue;
            found.Add(new Found(q.Start, q.End, QuoteKind.Direct, report.Cue with { Certainty = 0.6, Rule = QuoteRule.RunOn }));
        }
    }

    /// <summary>"The Caucus issued the below statement in response to …. The Caucus is co-chaired by …" and then a quotation
    /// opening a paragraph, with no cue of its own: the statement announced in the paragraph before, its issuer's.</summary>
    private static void AnnouncedStatement(TextLayout layout, SpeakerPhrases phrases, List<Quotation> orphans, List<Found> found)
    {
        var text = layout.Text;
        foreach (var q in orphans)
        {
            var lineStart = layout.LineBreakAtOrBefore(Math.Max(0, q.Open - 1)) + 1;
            if (lineStart == 0 || !text.AsSpan(lineStart, q.Open - lineStart).IsWhiteSpace() || found.Any(f => f.Start == q.Start)) continue;
            var end = lineStart;
            while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
            var start = layout.LineBreakAtOrBefore(Math.Max(0, end - 1)) + 1;
            if (end <= start || layout.HasQuoteIn(start, end)) continue;
            // "The following is a statement from Rep. Jane Roe:": the author named after the document.
            if (StatementFollows.Match(text, start, end - start) is { Success: true } follows)
            {
                var author = follows.Groups["author"];
                if (Read(phrases, author.Index, author.Index + author.Length, "statement", 0.7, QuoteRule.AnnouncedStatement) is { } byAuthor)
                    found.Add(new Found(q.Start, q.End, QuoteKind.Direct, byAuthor));
                continue;
            }
            if (StatementAnnounced.Match(text, start, end - start) is not { Success: true } announced) continue;
            var sentence = layout.SentenceAt(announced.Index).Start;
            var clause = text[sentence..announced.Index];
            var subject = SubjectStart(clause);
            if (Read(phrases, sentence + subject, announced.Index, "statement", 0.7, QuoteRule.AnnouncedStatement) is { } cue)
                found.Add(new Found(q.Start, q.End, QuoteKind.Direct, cue));
        }
    }

    private static readonly Regex StatementFollows = new(@"\b(?:[Tt]he\s+following|[Bb]elow)\s+(?:is|are)\s+(?:a|an|the)\s+(?:[\p{L}\-]+\s+){0,2}(?:"
        + Lexicon.Alternation(Lexicon.IssuedDocuments) + @"|remarks)\s+(?:from|by|of)\s+(?<author>[^:\n]{2,80})[:.]\s*$", RegexOptions.Compiled);

    private static readonly Regex StatementAnnounced = new(@"\s(?:" + Lexicon.Alternation(Lexicon.IssueVerbs)
        + @"|put\s+out|shared|provided)\s+the\s+(?:following|below|attached)\s+(?:joint\s+)?(?:" + Lexicon.Alternation(Lexicon.IssuedDocuments)
        + @"|remarks)\b", RegexOptions.Compiled);

    /// <summary>The participles of saying as they open a sentence: "Saying", "Adding", …</summary>
    private static readonly string FrontedParticiples = string.Join('|', Lexicon.FrontedParticiples.Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    /// <summary>"Saying "…", X elaborated": a participle of saying before a quotation.</summary>
    private static readonly Regex FrontedSaying = new(@"(?:^|[.!?]\s+)(?:" + FrontedParticiples + @")\s*$", RegexOptions.Compiled);

    /// <summary>"Saying Rocky Linux is for the community, Kurtzer said …": reported content fronted before its speaker.</summary>
    private static readonly Regex FrontedReport = new(@"^\s*(?<verb>" + FrontedParticiples + @")\s+(?:that\s+)?(?<content>[^,;:""\u201C\u201D\u00AB\u00BB\u201E]{8,200}),\s*(?<subject>(?:\p{Lu}[\p{L}\-'\u2019.]*\s+){0,3}\p{Lu}[\p{L}\-'\u2019]*|he|she|they|it)\s+(?<main>\p{Ll}+)\b",
        RegexOptions.Compiled);

    /// <summary>The colon ending the paragraph before <paramref name="open"/>, when only white space lies between.</summary>
    private static int? ColonBefore(TextLayout layout, int open)
    {
        var i = open - 1;
        while (i >= 0 && char.IsWhiteSpace(layout.Text[i])) i--;
        return i >= 0 && layout.Text[i] == ':' && layout.Text.AsSpan(i + 1, open - i - 1).Contains('\n') ? i : null;
    }

    /// <summary>The words a title leaves in lower case.</summary>
    private static readonly HashSet<string> TitleSmallWords = ["a", "an", "the", "and", "or", "nor", "but", "of", "for", "to", "in", "on", "at", "by",
        "as", "vs", "with", "from", "into", "over", "de", "la", "le", "du", "des", "el", "los", "las", "der", "die", "das", "und", "von"];

    /// <summary>Titles of works and nicknames: short title-case words after "the book", "titled", or between names.</summary>
    private static bool IsNameOrTitle(string text, Quotation q, int leftStart, string content)
    {
        var words = Word().Matches(content).Select(m => m.Value).ToList();
        List<string> Before() => Word().Matches(text[Math.Max(leftStart, q.Open - 40)..q.Open]).Select(m => m.Value).ToList();
        // ("a hearing titled "No Flame, More Pain: How State and Local Bans on Natural Gas Increase Costs"": after "titled", a
        // title may be long.)
        if (words.Count == 0 || words.Count > 20 || words.Count > 8 && Before() is not [.., "titled" or "entitled"]) return false;
        // ("an anti-Brexit ("British exit") march": a gloss in parentheses right after a word.)
        if (q.Open > 0 && text[q.Open - 1] == '(' && q.Close + 1 < text.Length && text[q.Close + 1] == ')') return true;
        if (words.Count == 1 && (words[0].Any(char.IsDigit) || words[0].Length > 1 && !words[0].Any(char.IsLower))) return true; // "COVID-19", "NATO"
        // Short lower-case words are the small words of a title ("of", "the"); a title has some capital ("a "new era"" is no title).
        var titleCase = words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || TitleSmallWords.Contains(w)) // not "sad day for NSW"
                        && words.Any(w => char.IsUpper(w[0]) || char.IsDigit(w[0]));
        // ("Anna Franowska of "Have no fear", an abuse victim support charity": a short name, capitalised as a sentence is, of
        // what the person named before is of.)
        if (!titleCase)
            return words.Count <= 5 && char.IsUpper(words[0][0]) && q.Close + 1 < text.Length && text[q.Close + 1] == ','
                   && Before() is [.., var name, "of" or "from"] && char.IsUpper(name[0]);
        var before = Before();
        var previous = before.LastOrDefault();
        if (previous is null) return false;
        if (Lexicon.NamingWords.Contains(previous) || previous is "the" or "a" or "an" or "as" or "of") return true;
        // ("on NBC's "Meet the Press"", "Trump's "America First" policy": a title of someone's or something's.)
        if (char.IsUpper(previous[0]) && SpeakerPhrases.EndsInApostropheS(previous)) return true;
        var next = Word().Match(text, Math.Min(text.Length, q.Close + 1));
        var adjacent = next.Success && string.IsNullOrWhiteSpace(text[(q.Close + 1)..next.Index]);
        return char.IsUpper(previous[0]) && adjacent && char.IsUpper(next.Value[0]) && words.Count <= 3;
    }

    /// <summary>"says", "clarifies": a verb in the present, third person.</summary>
    private static bool PresentThirdPerson(string verb) => verb.EndsWith('s') && !verb.EndsWith("ss", StringComparison.Ordinal);

    /// <summary>Whether the writer's words go on right after a closing mark: a lower-case word, no punctuation between.</summary>
    private static bool ClauseRunsOn(string text, int after)
    {
        var next = after;
        while (next < text.Length && text[next] is ' ' or '\u00A0') next++;
        return next > after && next < text.Length && char.IsLower(text[next]);
    }

    private static QuoteKind Kind(string text, int leftStart, Quotation q, string content)
    {
        var lead = text[leftStart..q.Open].TrimEnd();
        var first = content.FirstOrDefault(char.IsLetter);
        // ("He argued that if Trump wins, "these events will …"": lower-case words that finish the writer's "that" clause.)
        if (lead.Length > 0 && lead[^1] == ',' && !char.IsUpper(first) && Regex.IsMatch(lead, @"\bthat\s")) return QuoteKind.Partial;
        if (lead.Length == 0 || lead[^1] is ',' or ':' or '\u2014' or '\u2013') return QuoteKind.Direct;
        var previous = Word().Matches(lead).LastOrDefault()?.Value;
        // "noted "it is important to …"", "as saying "[i]f there's …"": a whole sentence of the speaker's right after the
        // verb, its first letter lowered by the writer.
        if (!char.IsUpper(first) && (content.StartsWith('[') || previous is not null && Lexicon.QuoteVerbs.Contains(previous)
                && Word().Matches(content) is { Count: >= 12 } contentWords && contentWords.Any(w => Lexicon.FiniteMarkers.Contains(w.Value))))
            return QuoteKind.Direct;
        if (!char.IsUpper(first)) return QuoteKind.Partial;
        if (previous is "and" or "but" or "or" && lead.Trim() == previous) return QuoteKind.Direct; // "…" and "So we told …"
        // "blamed "US adventurism" for …": the object of a verb that frames words, not a sentence of its own.
        if (previous is not null && Lexicon.PartialVerbs.Contains(previous) && content.TrimEnd()[^1] is not ('.' or '!' or '?')) return QuoteKind.Partial;
        return previous is null || !(Lexicon.ClauseOpeners.Contains(previous) || previous is "the" or "a" or "an" || Lexicon.NamingWords.Contains(previous))
            ? QuoteKind.Direct : QuoteKind.Partial;
    }

    /// <summary>A cue right after the quotation: "…," said X; "…," X said; "…" X told Y.</summary>
    private static Cue? RightCue(SpeakerPhrases phrases, string text, int start, int end, bool shortOnly)
    {
        if (start >= end) return null;
        var segment = text[start..end];
        // (Not past a cue of its own: ""…" the minister said according to Reuters" is the minister's.)
        if (AccordingToAfter.Match(segment) is { Success: true } according
            && !Word().Matches(according.Groups["between"].Value).Any(w => Lexicon.QuoteVerbs.Contains(w.Value)))
            return Read(phrases, start, according.Groups["speaker"], "according to", 0.9, QuoteRule.AccordingTo);

        var lead = segment.Length - segment.TrimStart(' ', ',', '\u00A0', '\n', '\u2014', '\u2013', '-').Length;
        var words = Word().Matches(segment).Where(m => m.Index >= lead).Take(16).ToList();
        if (words.Count == 0) return null;
        if (shortOnly && !IsShortCue(segment)) return null;

        // French inversion: "…", a-t-elle dit; "…", affirme-t-il.
        if (FrenchInversion().Match(segment, lead) is { Success: true } inverted && Lexicon.QuoteVerbs.Contains(inverted.Groups["verb"].Value))
        {
            var pronoun = inverted.Groups["pronoun"];
            return Read(phrases, start, pronoun, inverted.Groups["verb"].Value.ToLowerInvariant(), 0.9, QuoteRule.CueAfter);
        }
        // German "…", so Schmidt. / so die Bürgermeisterin: a source named after "so", ending the sentence.
        if (SoCue().Match(segment, lead) is { Success: true } so
            && Word().Matches(so.Groups["speaker"].Value).All(w => char.IsUpper(w.Value[0]) || Lexicon.Determiners.Contains(w.Value) || Lexicon.Particles.Contains(w.Value)))
        {
            var g = so.Groups["speaker"];
            return Read(phrases, start, g, "so", 0.85, QuoteRule.CueAfter);
        }
        // ""Absolutely not," came the reply from Roe.": the one it came from.
        if (CameTheReply().Match(segment, lead) is { Success: true } reply)
            return Read(phrases, start, reply.Groups["speaker"], reply.Groups["noun"].Value.ToLowerInvariant(), 0.85, QuoteRule.CueAfter);
        // Verb first: "…," said a retired counterterrorism official; "…", a déclaré Marie Dupont.
        var auxiliary = words.Count > 2 && Lexicon.Auxiliaries.Contains(words[0].Value) && Lexicon.QuoteVerbs.Contains(words[1].Value) ? 1 : 0;
        if (auxiliary == 1) words.RemoveAt(0);
        // ("…", saying he would leave: a participle goes on with the quotation's speaker, it names none after it.)
        if (Lexicon.QuoteVerbs.Contains(words[0].Value) && (words[0].Index == lead || auxiliary == 1) && !words[0].Value.EndsWith("ing", StringComparison.Ordinal))
        {
            // No subject at all ("…», señaló."): a language that drops it means the last person named.
            if (Regex.IsMatch(segment[(words[0].Index + words[0].Length)..], @"^\s*(?:[.;!?]|$)"))
                return phrases.Implicit(start + words[0].Index, words[0].Value) is { } implied
                    ? new Cue(implied, words[0].Value.ToLowerInvariant(), 0.8, start + words[0].Index, QuoteRule.CueAfter) : null;
            var subjectStart = words.Count > 1 ? words[1].Index : segment.Length;
            var rest = segment[subjectStart..];
            // "said Rep. Pete Aguilar.": the subject ends at the sentence's end, not at an abbreviation's full stop.
            var stop = Regex.Matches(rest, @"[.;!?](?:\s|$)").FirstOrDefault(m => rest[m.Index] != '.' || !TextLayout.IsAbbreviation(rest, m.Index));
            if (stop is not null) rest = rest[..stop.Index];
            var cut = SubjectEnd().Match(rest);
            var commas = 0;
            var length = rest.Length;
            for (var i = 0; i < rest.Length; i++)
                if (rest[i] == ',' && ++commas == 2) { length = i; break; }
            // ("said the university's chancellor, Pradeep Khosla.": a name closing the sentence after a second comma is the subject's.)
            if (length < rest.Length && Regex.IsMatch(rest[(length + 1)..], @"^\s*\p{Lu}[\p{L}\-'\u2019.]*(?:\s+\p{Lu}[\p{L}\-'\u2019.]*){1,3}\s*$")) length = rest.Length;
            if (cut.Success) length = Math.Min(length, cut.Index);
            return Read(phrases, start + subjectStart, start + subjectStart + length, words[0].Value.ToLowerInvariant(), 0.95, QuoteRule.CueAfter);
        }
        // Subject first: "…," he said; "…" Smith told Wikinews; "…," Hale shot back.
        for (var i = 1; i < words.Count; i++)
        {
            var phrasal = Lexicon.PhrasalQuoteVerbs.Contains(words[i].Value) && i + 1 < words.Count && Lexicon.QuoteParticles.Contains(words[i + 1].Value)
                          && SpeakerPhrases.IsSpace(segment[(words[i].Index + words[i].Length)..words[i + 1].Index]);
            if (!(Lexicon.QuoteVerbs.Contains(words[i].Value) || phrasal) || char.IsUpper(words[i].Value[0])) continue;
            var subject = segment[lead..words[i].Index];
            if (Lexicon.ClauseOpeners.Contains(words[0].Value) || Regex.IsMatch(Abbreviation().Replace(subject, ""), @"[.;!?:]\s")) return null;
            // "praised the "brave" workers, who said they were tired": a relative clause's verb says nothing of the quotation
            // (the main verb may follow: "…," one resident, who asked not to be named, said).
            if (words[i - 1].Value is "who" or "which" or "whom") continue;
            if (TrailingRelative().Match(subject) is { Success: true } setOff && setOff.Value.TrimEnd().EndsWith(',')) subject = subject[..setOff.Index];
            subject = Trimmed(subject);
            if (Word().Matches(subject).Any(w => Lexicon.FiniteMarkers.Contains(w.Value))) return null;
            var verb = phrasal ? $"{words[i].Value} {words[i + 1].Value}".ToLowerInvariant() : words[i].Value.ToLowerInvariant();
            return Read(phrases, start + lead, start + lead + subject.Length, verb, 0.95, QuoteRule.CueAfter);
        }
        return null;
    }

    [GeneratedRegex(@"\G(?:(?:a|avait|aurait)-t-(?<pronoun>il|elle|ils|elles|on)\s+(?<verb>\p{L}+)|(?<verb>\p{L}+?)(?:-t)?-(?<pronoun>il|elle|ils|elles|on))\b", RegexOptions.IgnoreCase)]
    private static partial Regex FrenchInversion();

    [GeneratedRegex(@"\Gso\s+(?<speaker>[^.;!?\n]{1,80}?)\s*(?:[.;!?]|$)")]
    private static partial Regex SoCue();

    [GeneratedRegex(@"\G(?:came|comes)\s+the\s+(?<noun>reply|response|answer|retort|verdict)\s+from\s+(?<speaker>[^.;!?\n]{1,80}?)\s*(?:[.;!?]|$)")]
    private static partial Regex CameTheReply();

    /// <summary>After a quotation ending a sentence, only a bare cue is its own: "Smith said." / "he added on Monday".</summary>
    private static bool IsShortCue(string segment)
    {
        var sentence = Regex.Match(segment, @"^[^.;!?]*").Value;
        var words = Word().Matches(sentence).Select(m => m.Value).ToList();
        // ("Sources report she is treated as royalty.": a verb with a clause after it reports that clause, it is no bare cue.)
        var verb = words.FindIndex(w => Lexicon.QuoteVerbs.Contains(w));
        return words.Count is > 0 and <= 14 && !words.Any(Lexicon.Complementizers.Contains) && words.Count(w => Lexicon.QuoteVerbs.Contains(w)) == 1
            && !words.Skip(verb + 1).Any(w => Lexicon.FiniteMarkers.Contains(w));
    }

    /// <summary>"The report found "no evidence" of wrongdoing, Hale said.": quoted words inside the writer's sentence take
    /// the bare cue that closes the sentence after its last comma, when no quotation stands between.</summary>
    private static Cue? SentenceEndCue(TextLayout layout, SpeakerPhrases phrases, Quotation q)
    {
        var text = layout.Text;
        var sentence = layout.SentenceAt(q.Open);
        if (sentence.End <= q.Close + 1) return null;
        var comma = text.LastIndexOf(',', sentence.End - 1, sentence.End - q.Close - 1);
        if (comma <= q.Close || layout.HasQuoteIn(comma, sentence.End)) return null;
        var segment = text[(comma + 1)..sentence.End];
        if (!Regex.IsMatch(segment, @"^[^.;!?]*[.;!?]?\s*$")) return null;
        // ("… recovered "broken into two pieces" from the mud, according to investigators.": the source closes the sentence.)
        return IsShortCue(segment) ? RightCue(phrases, text, comma + 1, sentence.End, shortOnly: true)
            : AccordingToOnly.IsMatch(segment) ? RightCue(phrases, text, comma + 1, sentence.End, shortOnly: false) : null;
    }

    /// <summary>A quotation standing alone before a bare cue sentence: "It is over." Smith said.</summary>
    private static Cue? NextSentenceCue(TextLayout layout, SpeakerPhrases phrases, Quotation q)
    {
        var from = q.Close + 1;
        while (from < layout.Text.Length && char.IsWhiteSpace(layout.Text[from]) && layout.Text[from] != '\n') from++;
        if (from >= layout.Text.Length) return null;
        var next = layout.ClauseAt(from);
        if (next.Start <= q.Close || layout.HasQuoteIn(next.Start, next.End)) return null;
        return IsShortCue(layout.Text[next.Start..next.End]) && RightCue(phrases, layout.Text, next.Start, next.End, shortOnly: true) is { } cue
            ? cue with { Rule = QuoteRule.CueNextSentence } : null;
    }

    /// <summary>A cue before the quotation in its clause: X said, "…"; according to X, "…"; X argued that the deal "…";
    /// with <paramref name="partial"/> (quoted words inside the writer's sentence) also X praised "…", X dismissed it as "…".</summary>
    private static Cue? LeftCue(SpeakerPhrases phrases, string text, int start, int end, bool partial = false)
    {
        if (start >= end) return null;
        var segment = text[start..end];
        // ("according to agreed facts heard in court, "…"": a document names no one.)
        if (AccordingToBefore.Match(segment) is { Success: true } according && !NamesUnauthoredDocument(according.Value))
        {
            var g = according.Groups["speaker"];
            return Read(phrases, start, g, "according to", 0.9, QuoteRule.AccordingTo);
        }
        // "According to X, the storm was "the worst in a century"": quoted words in the clause the source opens.
        // ("According to X, the manifesto could strengthen the case: "…"": so is a quotation its clause introduces with a colon.)
        if ((partial || segment.TrimEnd().EndsWith(':')) && AccordingToFirst.Match(segment) is { Success: true } opening && !AccordingToDocument.IsMatch(segment))
        {
            var g = opening.Groups["speaker"];
            return Read(phrases, start, g, "according to", 0.85, QuoteRule.AccordingTo);
        }
        if (InTheirWords().Match(segment) is { Success: true } inWords)
            return Read(phrases, start, inWords.Groups["who"], "words", 0.85, QuoteRule.AccordingTo);
        // "Iran rejected Donald Trump's "maximum pressure" policy": words owned by someone named right before them are theirs.
        // ("Khosla talked of Munk's "…"": not when a verb of saying before the owner has its own subject.)
        if (partial && Possessor().Match(segment) is { Success: true } owner
            && !Word().Matches(segment[..owner.Index]).Any(w => Lexicon.QuoteVerbs.Contains(w.Value))
            && Read(phrases, start, owner.Groups["who"], "'s", 0.8, QuoteRule.CueBefore) is { Match.Speakers: [{ Kind: SpeakerKind.Person }, ..] } owned)
            return owned;
        if (QuotedAs().Match(segment) is { Success: true } quotedAs)
        {
            var who = quotedAs.Groups["who"];
            return Read(phrases, start, who, "quoted", 0.85, QuoteRule.CueBefore);
        }
        var fronted = SubjectStart(segment);
        if (QuotedAsSaying().Match(segment, fronted) is { Success: true } quotedAsSaying)
            return Read(phrases, start, quotedAsSaying.Groups["who"], "quoted", 0.85, QuoteRule.CueBefore);
        // "Another was tour manager Thomas Gray, 24, who cited his experience of rugby: "…"": a name, then a relative clause
        // ending in a colon.
        if (WhoColon().Match(segment) is { Success: true } whoColon
            && Read(phrases, start, whoColon.Groups["who"], whoColon.Groups["verb"].Value.ToLowerInvariant(), 0.8, QuoteRule.ColonCue) is
                { Match.Speakers: [{ Kind: SpeakerKind.Person }, ..] } whoCue)
            return whoCue;
        // "Added Sen. Cantwell: "…"": a verb of saying opening the sentence, its subject after it, then a colon.
        if (InvertedColon().Match(segment) is { Success: true } inverted && Lexicon.QuoteVerbs.Contains(inverted.Groups["verb"].Value)
            && Read(phrases, start, inverted.Groups["subject"], inverted.Groups["verb"].Value.ToLowerInvariant(), 0.85, QuoteRule.CueBefore) is { } invertedCue)
            return invertedCue;
        // "The ministry issued a statement: "…"", "… made the following announcement: "…"": the words of a document put
        // out, its issuer the subject.
        if (IssuedColon.Match(segment[fronted..]) is { Success: true } issued
            && Read(phrases, start + fronted, issued.Groups["author"].Success ? issued.Groups["author"] : issued.Groups["subject"], "statement", 0.8, QuoteRule.ColonCue) is { } issuer)
            return issuer;
        var words = Word().Matches(segment).ToList();
        // ("X commented on the matter — which the BBC noted as unusual — "…"": an aside between dashes before the quotation
        // holds no cue of its.)
        var dashAside = DashAsideAtEnd().Match(segment);
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var verb = words[i];
            if (dashAside.Success && verb.Index > dashAside.Index) continue;
            // ("Asked about the ruling, Hale was blunt: …": a fronted participle is no cue of its own.)
            if (!(Lexicon.QuoteVerbs.Contains(verb.Value) || partial && Lexicon.PartialVerbs.Contains(verb.Value))
                || char.IsUpper(verb.Value[0]) && (i > 0 || Lexicon.FrontedClauses.Contains(verb.Value))) continue;
            if (i > 0 && IsNoun(words[i - 1].Value, verb.Value)) continue; // "his claim that", "a warning": a noun
            var tail = segment[(verb.Index + verb.Length)..];
            var agent = Regex.Match(tail, @"^\s+by\s+(?<agent>[^,;]+?)(?=\s+(?:as|of|that|to)\b|,|$)");
            // "described by X as …" names the agent; "continued by noting" does not, and the subject is read instead.
            if (agent.Success && Read(phrases, start + verb.Index + verb.Length, agent.Groups["agent"], verb.Value.ToLowerInvariant(), 0.85, QuoteRule.PassiveAgent) is { } byAgent)
                return byAgent;
            // "X denied the report, calling it "…"": a participle set off by a comma has the clause's subject; words that
            // open with a preposition are none ("… "shocked" by the news, adding that …": the subject is before the quotation).
            if (verb.Value.EndsWith("ing", StringComparison.Ordinal) && Regex.IsMatch(segment[..verb.Index], @"\w,\s*$"))
            {
                if (ClauseSubject(segment, verb.Index) is { } clauseSubject
                    && Read(phrases, start + clauseSubject.Start, start + clauseSubject.End, verb.Value.ToLowerInvariant(), 0.9, QuoteRule.CueBefore) is { } participle)
                    return participle;
                if (Word().Match(segment, fronted) is { Success: true } opener && Lexicon.Prepositions.Contains(opener.Value)) continue;
            }
            // "The ministry issued a statement saying it "strongly protests" the move": the document's issuer.
            if (verb.Value.EndsWith("ing", StringComparison.Ordinal) && verb.Index > fronted && IssuedSaying.Match(segment[fronted..verb.Index]) is { Success: true } issuedSaying)
                return Read(phrases, start + fronted, issuedSaying.Groups["subject"], verb.Value.ToLowerInvariant(), 0.85, QuoteRule.CueBefore);
            // "Members of the Commons protested by shouting "…"", "X responded by calling it "…"": the subject of the verb before "by".
            if (verb.Value.EndsWith("ing", StringComparison.Ordinal) && i > 0 && words[i - 1].Value == "by" && ClauseSubject(segment, words[i - 1].Index) is { } byDoing
                && Read(phrases, start + byDoing.Start, start + byDoing.End, verb.Value.ToLowerInvariant(), 0.85, QuoteRule.CueBefore) is { } byCue)
                return byCue;
            // "X said the deal was dead and described the talks as "…"": a verb coordinated with the clause's first has its subject.
            if (CoordinatedVerb().IsMatch(segment[..verb.Index]) && ClauseSubject(segment, verb.Index) is { } coordinated
                && Read(phrases, start + coordinated.Start, start + coordinated.End, verb.Value.ToLowerInvariant(), 0.85, QuoteRule.CueBefore) is { } first)
                return first;
            // "The decision, he said, was "…"": a cue set off by commas; its subject is what stands after the first comma.
            if (SetOffCue().Match(segment[..verb.Index]) is { Success: true } setOffCue && Regex.IsMatch(tail, @"^\s*,")
                && Read(phrases, start, setOffCue.Groups["subject"], verb.Value.ToLowerInvariant(), 0.85, QuoteRule.CueBefore) is { } parenthetical)
                return parenthetical;
            var subject = segment[..verb.Index];
            // ("…, which they've said was due to a lack of airtime, and he accused the network of "…"": a pronoun after "and"
            // opens a clause of its own, its subject.)
            // ("The Tongs indicated issues, something Clay recognised, and Mr Tong had said …": so does a name after ", and"
            // when a clause with a verb of its own comes before.)
            if ((PronounAfterConjunction().Match(subject) is { Success: true } pronoun ? pronoun
                    : NameAfterConjunction().Match(subject) is { Success: true } nameAfter && Word().Matches(subject[..nameAfter.Index]).Any(w => Lexicon.FiniteOrPast(w.Value)) ? nameAfter : null) is { } conjoined
                && Read(phrases, start, conjoined.Groups["who"], verb.Value.ToLowerInvariant(), 0.85, QuoteRule.CueBefore) is { } pronounCue)
                return pronounCue;
            // "The bill was drafted by Jane Roe who said, "…"": a name right before "who" is the speaker.
            if (AntecedentWho().Match(subject) is { Success: true } antecedent
                && Read(phrases, start, antecedent.Groups["who"], verb.Value.ToLowerInvariant(), 0.85, QuoteRule.CueBefore) is { Match.Speakers: [{ Kind: SpeakerKind.Person }, ..] } antecedentCue)
                return antecedentCue;
            // "Imus was dropped after he referred to the team as "…"": a verb in a clause opened by a subordinator has that
            // clause's subject.
            if (SubordinateSubject().Match(subject) is { Success: true } subordinate
                && Read(phrases, start, subordinate.Groups["who"], verb.Value.ToLowerInvariant(), 0.85, QuoteRule.CueBefore) is { } inSubordinate)
                return inSubordinate;
            var offset = SubjectStart(subject);
            // "… in what the police declared", "The report, which Jane Roe described as": the subject follows the relative
            // word; not in a relative clause that is closed by a comma or opens with "who" ("Jane Roe, who leads the
            // union, said" is Jane Roe's).
            // "A paramedic who treated the victims said", "The company that built the bridge said": a relative clause whose
            // pronoun is the subject of its own verb describes the speaker before it.
            if (OwnVerbRelative().Match(subject) is { Success: true } own && own.Index > offset && Lexicon.FiniteOrPast(own.Groups["verb"].Value))
                subject = subject[..own.Index];
            else if ((TrailingRelative().Match(subject) is not { Success: true } setOff || !setOff.Value.TrimEnd().EndsWith(',') && !setOff.Value.Contains(" who", StringComparison.OrdinalIgnoreCase))
                && RelativeSubject().Match(subject) is { Success: true } relative && relative.Index >= offset && EndsLikeSubject(Trimmed(subject[(relative.Index + relative.Length)..]))
                && !Regex.IsMatch(subject[(relative.Index + relative.Length)..], @"^\p{Ll}+ing\b") // ("Biden, while campaigning in Michigan, said")
                && !(relative.Value.StartsWith(',') && subject.TrimEnd().EndsWith(',')) // "Donald Tusk, the current President of the Council, wrote": an appositive
                && !(TrailingAside.Match(subject) is { Success: true } aside && relative.Index > aside.Index)) // "Zoe, on the bus when it crashed, said"
                offset = relative.Index + relative.Length;
            // "was (commonly) described as "…" by X": the agent follows ("was claiming" is no passive).
            if (Passive().IsMatch(subject) && !verb.Value.EndsWith("ing", StringComparison.Ordinal)) return null;
            // ("After Hale said he would "halt" …": the subordinator opening the clause is no part of the subject.)
            if (Word().Match(subject, offset) is { Success: true } subordinator && subject.AsSpan(offset, subordinator.Index - offset).IsWhiteSpace()
                && char.IsUpper(subordinator.Value[0]) && Lexicon.Subordinators.Contains(subordinator.Value.ToLowerInvariant())
                && subordinator.NextMatch() is { Success: true } next && char.IsUpper(next.Value[0]))
                offset = next.Index;
            subject = Trimmed(subject[offset..]);
            if (!EndsLikeSubject(subject) || Word().Matches(subject).Any(w => Lexicon.FiniteMarkers.Contains(w.Value)))
            {
                if (verb.Value.EndsWith("ing", StringComparison.Ordinal)) continue; // "X continued by noting that": the finite verb is earlier
                return null;
            }
            return Read(phrases, start + offset, start + offset + subject.Length, verb.Value.ToLowerInvariant(), 0.9, QuoteRule.CueBefore);
        }
        if (ColonCue().Match(segment[fronted..]) is { Success: true } colon)
        {
            var g = colon.Groups["subject"];
            return Read(phrases, start + fronted, g, colon.Groups["verb"].Value, 0.75, QuoteRule.ColonCue);
        }
        if (CommaCue().Match(segment[fronted..]) is { Success: true } comma && SaysOrFrames(comma.Groups["verb"].Value))
        {
            var g = comma.Groups["subject"];
            return Read(phrases, start + fronted, g, comma.Groups["verb"].Value, 0.7, QuoteRule.StanceComma);
        }
        // "Roe: "We will appeal"" opening a line (a headline, a transcript): a name the text gives in full, before a colon.
        if (NameColon().Match(segment) is { Success: true } named
            && Read(phrases, start, named.Groups["subject"], ":", 0.7, QuoteRule.NameColon) is
                { Match.Rule: SpeakerRule.FullName or SpeakerRule.KnownSurname } nameCue)
            return nameCue;
        if (Roundup().Match(segment) is { Success: true } roundup)
        {
            var g = roundup.Groups["subject"];
            return Read(phrases, start, g, ":", 0.7, QuoteRule.Roundup) is { } cue && cue.Match.Speakers[0].Kind == SpeakerKind.Person
                ? cue with { Match = cue.Match with { Speakers = [cue.Match.Speakers[0] with { Affiliation = roundup.Groups["outlet"].Value.Trim() }] } }
                : null;
        }
        return null;
    }

    /// <summary>Where the subject of a relative clause starts: after "which", "what", … or, with no relative word, after
    /// a noun set off by a comma and followed by a name ("approved the plan, a move Roe described as"); after a comma and
    /// a contrasting conjunction, the subject of the clause it opens ("data showed growth, but economists warned").</summary>
    [GeneratedRegex(@"(?:\b(?:what|which|whom|who|(?<!\bsuch\s+)as|when|where|while|because)\s+|,\s+(?:but|yet|whereas|although|though)\s+|,\s+(?:a|an|the)\s+[\p{Ll}\-]+\s+(?=(?-i:\p{Lu})))(?=(?:\S+\s+){0,5}\S+\s*$)", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex RelativeSubject();

    /// <summary>A relative clause with no comma that ends the subject, its pronoun the subject of the next word: "who treated
    /// the victims".</summary>
    [GeneratedRegex(@"(?<=\S)\s+(?:who|that|which)\s+(?<verb>\p{Ll}+)\b[^,;:]*$")]
    private static partial Regex OwnVerbRelative();

    /// <summary>"Tom Hale defended his decision, "…"": a clause of a subject and a verb of stance, then a comma.</summary>
    [GeneratedRegex(@"^\s*(?<subject>(?:\p{Lu}[\p{L}\-'\u2019.]*\s+){0,4}\p{Lu}[\p{L}\-'\u2019]*|he|she)\s+(?<verb>[a-z]+)\b[^:,.;]*,\s*$")]
    private static partial Regex CommaCue();

    /// <summary>A name and a colon opening a line, before a quotation: "Roe: "…"" (a headline, a transcript, a bullet).</summary>
    [GeneratedRegex(@"(?:^|\n)[ \t]*(?:[\-\u2022*\u2013][ \t]+)?(?<subject>\p{Lu}[\p{L}\-'\u2019.]*(?:[ \t]+\p{Lu}[\p{L}\-'\u2019.]*){0,3})[ \t]*:[ \t]*$")]
    private static partial Regex NameColon();

    /// <summary>A roundup line: "Jane Roe, Daily Planet: "…"" opening its paragraph; the affiliation may hold a comma
    /// ("Jane Roe, Executive Director, City Museum:").</summary>
    [GeneratedRegex(@"(?:^|\n)\s*(?<subject>\p{Lu}[\p{L}\-'\u2019.]*(?:\s+\p{Lu}[\p{L}\-'\u2019.]*){1,3}),\s*(?<outlet>\p{Lu}[^:\n]{1,100}):\s*$")]
    private static partial Regex Roundup();

    [GeneratedRegex(@"\s(?:and|but)\s+(?<who>he|she|they|we)\s+(?:\p{Ll}+ly\s+)?$")]
    private static partial Regex PronounAfterConjunction();

    [GeneratedRegex(@",\s+(?:and|but)\s+(?<who>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}\-'\u2019]*(?:\s+\p{Lu}[\p{L}\-'\u2019]*){0,2})\s+(?:(?:had|has|have)\s+)?(?:\p{Ll}+ly\s+)?$")]
    private static partial Regex NameAfterConjunction();

    [GeneratedRegex(@"[\s,](?:before|after|when|because|since|while|although|though|until|once|(?:in|during|at)\s+which)\s+" + ClauseSubjectWho + @"\s+(?:\p{Ll}+ly\s+)?$")]
    private static partial Regex SubordinateReportSubject();

    /// <summary>A form of "to be" (and an adverb) right before a verb: "was also accused".</summary>
    [GeneratedRegex(@"\b(?:was|were|is|are|been|being|be)(?:\s+\w+ly|\s+also|\s+later|\s+then)?\s*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex PassiveBefore();

    /// <summary>A subordinator, or a participle of saying, and a short subject right before the verb: "… after he (referred)",
    /// "… when Jane Roe (called)", "…, saying he (expected)".</summary>
    /// <summary>The subject of a clause right before its verb: a pronoun or one to four capitalised words.</summary>
    private const string ClauseSubjectWho = @"(?<who>he|she|they|we|(?:\p{Lu}[\p{L}\-'\u2019.]*\s+){0,3}\p{Lu}[\p{L}\-'\u2019]*)";

    [GeneratedRegex(@"(?<!^)\b(?i:after|before|when|while|because|since|although|though|until|once|(?:in|during|at)\s+which|(?:saying|adding|noting|arguing|claiming|insisting)(?:\s+that)?)\s+" + ClauseSubjectWho + @"\s+$")]
    private static partial Regex SubordinateSubject();

    /// <summary>A passive before the verb: "The suspect was described …".</summary>
    [GeneratedRegex(@"\b(?:was|were|is|are|been|being|be)(?:\s+(?-i:\p{Ll}{3,}ly))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Passive();

    [GeneratedRegex(@"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?(?<verb>[a-z]+)\b[^.;!?]*$")]
    private static partial Regex PassiveCue();

    [GeneratedRegex(@"^\s*(?<verb>\p{Lu}\p{Ll}+ed)\b[^.;!?]*$")]
    private static partial Regex FrontedPassiveCue();

    /// <summary>"… as "erratic" by prosecutors": the agent of a passive cue after the quotation.</summary>
    private static Cue? AgentCue(SpeakerPhrases phrases, string text, int leftStart, Quotation q, int rightEnd)
    {
        var left = text[leftStart..q.Open];
        // "was described as "…" by X"; opening the sentence, "Described as "…" by X, the firefighter …".
        var passive = PassiveCue().Match(left) is { Success: true } after ? after : FrontedPassiveCue().Match(left);
        if (!passive.Success || !SaysOrFrames(passive.Groups["verb"].Value)) return null;
        if (q.Close + 1 >= rightEnd) return null;
        var agent = Regex.Match(text[(q.Close + 1)..rightEnd], @"^[\s,]*by\s+(?<agent>[^,;.!?]+)");
        if (!agent.Success) return null;
        var g = agent.Groups["agent"];
        return Read(phrases, q.Close + 1, g, passive.Groups["verb"].Value.ToLowerInvariant(), 0.85, QuoteRule.PassiveAgent);
    }

    [GeneratedRegex(@"^(?:[\p{L}\-]+\s+)?(?<head>\p{Ll}+s)\s+\p{Ll}+ing\s+[^,;]{1,60}$")]
    private static partial Regex DescriptionWithModifier();

    /// <summary>A full name and where the person is from: "Tom Hale of the band", "Jane Roe from the local council".</summary>
    [GeneratedRegex(@"^(?-i:\p{Lu})[\p{L}'\u2019\-.]*(?:\s+(?-i:\p{Lu})[\p{L}'\u2019\-.]*)+\s+(?:of|from|at)\s+(?:the\s+|a\s+)?[\p{L}'\u2019\-]+(?:\s+[\p{L}'\u2019\-]+){0,3}$")]
    private static partial Regex NameOfSomething();

    /// <summary>"Some members of opposition parties", "a spokesman for the campaign", "a passenger on the flight": people
    /// described by what they belong to or are on.</summary>
    [GeneratedRegex(@"^(?:(?:a|an|the|some|several|many|most|two|three|four|five)\s+)?(?:\p{Ll}[\p{Ll}\-]*\s+){0,2}(?<head>\p{Ll}+)\s+(?:" + SpeakerPhrases.MemberPrepositions + @")\s+[^,;]{1,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex DescriptionOf();

    /// <summary>How news describes unnamed sources: "people familiar with the matter", "a senior official who asked not
    /// to be named", "two sources close to the talks", "officials briefed on the plan".</summary>
    [GeneratedRegex(@"^(?:[\p{L}\-]+\s+){0,2}(?<head>\p{L}+)\s+(?:who|familiar|close|briefed|involved|knowledgeable|with\s+knowledge)\s[^,;]{1,80}$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceDescription();

    private static bool IsSourceDescription(string subject) =>
        SourceDescription().Match(subject) is { Success: true } m && Lexicon.AnonymousHeads.Contains(m.Groups["head"].Value);

    /// <summary>What joins a second verb to the first of its subject: "and", "but also".</summary>
    private const string Coordinator = @"(?:and|but)\s+(?:also\s+|then\s+|later\s+)?";

    /// <summary>"said sales were "strong", but warned of a "difficult year"": a second verb of the sentence's subject.</summary>
    [GeneratedRegex(@"\b" + Coordinator + @"(?<verb>\p{Ll}+)\b[^.;!?]*$")]
    private static partial Regex CoordinatedCue();

    /// <summary>A verb coordinated with an earlier one of its clause: "… and described", "…, but warned".</summary>
    [GeneratedRegex(@"[\w""\u201D\u2019'],?\s+" + Coordinator + "$")]
    private static partial Regex CoordinatedVerb();

    /// <summary>The subject of a cue set off by commas: "The decision, he said, …".</summary>
    [GeneratedRegex(@"\w\s*,\s*(?<subject>[^,]+?)\s*$")]
    private static partial Regex SetOffCue();

    /// <summary>"In Roe's words, …", "was, in the words of Jane Roe, …": the source of the quoted words that follow.</summary>
    [GeneratedRegex(@"\b[Ii]n\s+(?:(?<who>[^,;""\u201C\u201D]+?)['\u2019]s?\s+(?:own\s+)?words|the\s+words\s+of\s+(?<who>[^,;""\u201C\u201D]+?))\s*,")]
    private static partial Regex InTheirWords();

    /// <summary>A named person's possessive right before quoted words: "Donald Trump's "…"".</summary>
    [GeneratedRegex(@"(?<!\p{L})(?<who>(?:\p{Lu}[\p{L}\-.]*\s+){0,3}\p{Lu}[\p{L}\-]*)['\u2019]s\s+$")]
    private static partial Regex Possessor();

    /// <summary>"Politico quoted Tim Manning, formerly a deputy administrator at FEMA, as saying "…"".</summary>
    [GeneratedRegex(@"\bquot(?:ed|es|ing)\s+(?<who>[^;:.]+?),?\s+as\s+(?:saying|writing|telling\s+[^,;]{1,40})\s*(?:that\s+)?$")]
    private static partial Regex QuotedAs();

    /// <summary>"Tom Hale was quoted as saying the move was "…"": the passive, its subject the speaker.</summary>
    [GeneratedRegex(@"\G(?<who>[^,;:.]+?)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|later\s+|widely\s+)?quoted\s+(?:by\s+[^,;]{1,60}?\s+)?as\s+(?:saying|stating|writing|telling\s+[^,;]{1,40}?)\b[^.;!?]*$")]
    private static partial Regex QuotedAsSaying();

    /// <summary>Whether the word before a verb of saying makes it a noun: "the state contests", "by reports", "his claim",
    /// "the team's claims"; not "to say" or "by noting".</summary>
    private static bool IsNoun(string before, string verb) =>
        SpeakerPhrases.EndsInApostropheS(before) && before.Length > 2 && char.IsLower(before[0]) // "the team's claims"
        || Lexicon.Determiners.Contains(before) && !(Lexicon.Auxiliaries.Contains(before) && !Lexicon.English.Contains(verb))
        && !(Lexicon.Quantifiers.Contains(before.ToLowerInvariant()) && verb is "said" or "say" or "says" or "told" or "added") // "several said"
        || Lexicon.Prepositions.Contains(before) && !before.Equals("to", StringComparison.OrdinalIgnoreCase)
        && !verb.EndsWith("ing", StringComparison.Ordinal); // "to say", "by noting" are verbs

    /// <summary>A subject ends in a name, a pronoun, a title, a source's description or an appositive's comma;
    /// "LRIT allows states to …" has no subject before "states".</summary>
    private static bool EndsLikeSubject(string subject)
    {
        var comma = subject.IndexOf(',');
        if (comma > 0 && Regex.IsMatch(subject[(comma + 1)..], @"^\s*(?:a|an|the|another|one)\s") && EndsLikeSubject(subject[..comma]))
            return true; // "Baslan Damang, a security official from the port"
        var trimmed = subject.TrimEnd();
        if (trimmed.Length == 0) return false;
        if (DescriptionWithModifier().IsMatch(trimmed)) return true; // "State legislators supporting the law"
        if (DescriptionOf().Match(trimmed) is { Success: true } of && (Lexicon.AnonymousHeads.Contains(of.Groups["head"].Value) || Lexicon.Titles.Contains(of.Groups["head"].Value)
                || Lexicon.OrganisationWords.Contains(of.Groups["head"].Value))) // "the ministry of health"
            return true;
        if (IsSourceDescription(trimmed)) return true; // "Two people familiar with the matter", "A senior official who asked not to be named"
        if (trimmed[^1] is ',' or ')') return true;
        if (NameOfSomething().IsMatch(trimmed)) return true; // "Tom Hale of the band"
        // ("Residents there told the press": unnamed people where the sentence before was.)
        if (HeadThere().Match(trimmed) is { Success: true } placed && Lexicon.AnonymousHeads.Contains(placed.Groups["head"].Value.ToLowerInvariant()))
            return true;
        var last = Word().Matches(trimmed).LastOrDefault()?.Value;
        return last is not null && (char.IsUpper(last[0]) || char.IsDigit(last[0]) || SpeakerPhrases.JoinedParticle(last)
            || last is "he" or "she" or "they" or "it" or "we" || Lexicon.CountedPeople.Contains(last)
            || Lexicon.PersonPronouns.Contains(last) || Lexicon.AnonymousHeads.Contains(last) || Lexicon.Titles.Contains(last) || Lexicon.Epithets.Contains(last)
            || last.EndsWith('s') && Lexicon.Titles.Contains(last[..^1]) // "Both leaders"
            || Lexicon.DocumentHeads.Contains(last) || Lexicon.OrganisationWords.Contains(last) || SpeakerPhrases.OrganisationPlural(last));
    }

    [GeneratedRegex(@"^(?<head>\p{L}+)\s+(?:there|here)$")]
    private static partial Regex HeadThere();

    private static Cue? Read(SpeakerPhrases phrases, int start, int end, string verb, double certainty, QuoteRule rule) =>
        phrases.Read(start, end) is { } match ? new Cue(match, verb, certainty, end, rule) : null;

    /// <summary>Reads the subject a regex group caught in the text from <paramref name="offset"/> on.</summary>
    private static Cue? Read(SpeakerPhrases phrases, int offset, Group subject, string verb, double certainty, QuoteRule rule) =>
        Read(phrases, offset + subject.Index, offset + subject.Index + subject.Length, verb, certainty, rule);

    /// <summary>A quotation that is a paragraph and nothing else, in a text whose every quotation so far is one person's (a
    /// press release's member, "…," said Senator Reed, and three paragraphs of background later ""I will continue …"").</summary>
    private static bool OnlySpeakerAgain(string text, List<Found> found, (Quotation Quote, Cue Cue) before, Quotation q)
    {
        var lineEnd = text.IndexOf('\n', q.Close);
        return text.AsSpan(q.Close + 1, (lineEnd < 0 ? text.Length : lineEnd) - q.Close - 1).IsWhiteSpace()
            && before.Cue.Match.Speakers is [{ Kind: SpeakerKind.Person } speaker]
            && found.All(f => f.Cue.Match.Speakers is [var only] && only.Name == speaker.Name);
    }

    private static int ParagraphsBetween(string text, int from, int to) =>
        Regex.Matches(text[from..to], @"\n\s*\n|\n").Count;

    /// <summary>Whether, past the sentence holding the last quotation's cue, another speaker is named or a verb of
    /// saying appears before the next quotation ("…," Roe said. Hale said the case was closed. "…").</summary>
    private static bool NamesSomeoneElse(TextLayout layout, SpeakerPhrases phrases, (Quotation Quote, Cue Cue) before, Quotation next)
    {
        var cueEnd = before.Cue.At > before.Quote.Close ? before.Cue.At : before.Quote.Close + 1;
        var from = Math.Min(Math.Max(cueEnd, layout.SentenceAt(Math.Max(0, cueEnd - 1)).End), next.Open);
        if (from >= next.Open) return false;
        var between = layout.Text[from..next.Open];
        return Word().Matches(between).Any(w => Lexicon.Says(w.Value))
            || phrases.NamesSomeoneOtherThan(from, next.Open, before.Cue.Match.Speakers);
    }

    // ---- Layouts ----------------------------------------------------------------------------------------------

    [GeneratedRegex(@"^[ \t]*(?:Q|Question)[ \t]*[:.][ \t]*\S", RegexOptions.Multiline)]
    private static partial Regex QuestionLine();

    /// <summary>An answer line of an interview: "A: …", "Answer: …", or a surname and a colon ("Roe: …").</summary>
    [GeneratedRegex(@"^[ \t]*(?<who>A|Answer|\p{Lu}[\p{L}\-'\u2019]+)[ \t]*:[ \t]*(?<answer>[^\n]+)")]
    private static partial Regex AnswerLine();

    [GeneratedRegex(@"^[ \t]*[\u2022\u00B7*\-\u2013][ \t]+(?<item>[^\n]+)")]
    private static partial Regex BulletLine();

    /// <summary>A topic and a colon opening a line, right before a quotation: "On the budget: "…"".</summary>
    [GeneratedRegex(@"^[ \t]*On[ \t]+[^:\n""\u201C\u201D]{1,60}:[ \t]*(?=[""\u201C])")]
    private static partial Regex TopicLine();

    /// <summary>A line of dialogue as Spanish and French print it: "—Vamos a ganar —dijo María López." (an em dash
    /// opens the words; a second dash, if any, opens the cue).</summary>
    [GeneratedRegex(@"^[ \t]*\u2014[ \t]*(?<said>[^\u2014\n]+?)[ \t]*(?:\u2014[ \t]*(?<cue>[^\u2014\n]+?)[ \t]*(?:\u2014|$)|$)")]
    private static partial Regex DialogueLine();

    /// <summary>Layouts with no cue in the sentence: the answers of a Q&amp;A interview are the interviewee's (the person
    /// the text names most, or the one an answer's surname names); bullets after a cue line ending in a colon ("The
    /// minister said:") are that speaker's statements. One pass over the lines.</summary>
    private static void Layouts(TextLayout layout, SpeakerPhrases phrases, List<Found> found)
    {
        var text = layout.Text;
        var taken = new Taken(found);
        var interview = QuestionLine().IsMatch(text);
        Cue? bulletCue = null;
        for (var lineStart = 0; lineStart < text.Length;)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var line = text[lineStart..lineEnd];
            if (DialogueLine().Match(line) is { Success: true } dialogue && dialogue.Groups["cue"].Success)
            {
                var said = dialogue.Groups["said"];
                var cueWords = dialogue.Groups["cue"];
                var (start, end) = (lineStart + said.Index, lineStart + said.Index + said.Length);
                if (!taken.Overlaps(start, end) && !layout.HasQuoteIn(start, end)
                    && RightCue(phrases, text, lineStart + cueWords.Index, lineStart + cueWords.Index + cueWords.Length, shortOnly: false) is { } cue)
                    found.Add(new Found(start, end, QuoteKind.Direct, cue with { Rule = QuoteRule.Dialogue }));
            }
            else if (BulletLine().Match(line) is { Success: true } bullet)
            {
                var item = bullet.Groups["item"];
                var (start, end) = (lineStart + item.Index, lineStart + item.Index + item.Value.TrimEnd().Length);
                // (A bullet holding a quotation is that quotation's, read with its own cue: "- Jane Roe: "…"".)
                if (bulletCue is not null && !taken.Overlaps(start, end) && !layout.HasQuoteIn(start, end)
                    && Make(text, start, end, bulletCue with { Rule = QuoteRule.Bullet }) is { } statement)
                    found.Add(statement);
            }
            else
            {
                var trimmed = line.TrimEnd();
                bulletCue = trimmed.EndsWith(':') && !layout.HasQuoteIn(lineStart, lineEnd) ? LeftCue(phrases, text, lineStart, lineStart + trimmed.Length) : null;
                // "On the budget: "Families are struggling."": a topic and a colon before a quotation, in a round-up of
                // what the text's main speaker said ("ICYMI: Roe joined Fox News to discuss the border. On the crisis: "…"").
                if (TopicLine().Match(line) is { Success: true } topic && layout.LastQuoteOpeningIn(lineStart + topic.Length, lineStart + topic.Length + 1) is { } said
                    && !taken.Overlaps(said.Start, said.End) && phrases.MostNamed() is { } main)
                    found.Add(new Found(said.Start, said.End, QuoteKind.Direct, new Cue(main, "said", 0.6, lineStart, QuoteRule.Interview)));
                if (interview && AnswerLine().Match(line) is { Success: true } answer)
                {
                    var who = answer.Groups["who"].Value;
                    var g = answer.Groups["answer"];
                    var (start, end) = (lineStart + g.Index, lineStart + g.Index + g.Value.TrimEnd().Length);
                    if ((who is "A" or "Answer" ? phrases.MostNamed() : phrases.Surname(who)) is { } match && !taken.Overlaps(start, end))
                        found.Add(new Found(start, end, QuoteKind.Direct, new Cue(match, "answered", 0.8, lineStart, QuoteRule.Interview)));
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /// <summary>The spans found so far, sorted, with the furthest end up to each: whether a span overlaps one costs a
    /// binary search.</summary>
    private sealed class Taken
    {
        private readonly int[] starts;
        private readonly int[] furthestEnd;

        public Taken(IEnumerable<Found> found)
        {
            var sorted = found.OrderBy(f => f.Start).ToArray();
            starts = sorted.Select(f => f.Start).ToArray();
            furthestEnd = new int[sorted.Length];
            for (var i = 0; i < sorted.Length; i++) furthestEnd[i] = Math.Max(sorted[i].End, i > 0 ? furthestEnd[i - 1] : 0);
        }

        public bool Overlaps(int start, int end)
        {
            var before = Sorted.Prefix(starts, s => s < end); // the spans that start before end
            return before > 0 && furthestEnd[before - 1] > start;
        }
    }

    // ---- Reported speech --------------------------------------------------------------------------------------

    /// <summary>Whether a clause holds a word every report rule needs: a verb of saying or a phrase naming a source
    /// ("according to"). Most clauses hold neither and are passed over at the cost of one scan.</summary>
    private static bool MayReport(string text, int start, int end)
    {
        foreach (var word in Word().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            var value = text.AsSpan(start + word.Index, word.Length);
            if (ReportWords.Contains(value)) return true;
        }
        return AccordingAnywhere.IsMatch(text.AsSpan(start, end - start));
    }

    /// <summary>Verbs that report a clause through a feeling: "expressed concern that …" (<see cref="FeelingThat"/>); declared before
    /// <see cref="ReportWords"/>, which static initialisation reads in order.</summary>
    private static readonly string[] FeelingVerbs = ["expressed", "expresses", "voiced", "voices"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportWords =
        new HashSet<string>(Lexicon.ReportVerbs.Concat(Lexicon.QuoteVerbs).Concat(FeelingVerbs).Concat(Lexicon.IssueVerbs).Append("quoted"), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Regex AccordingAnywhere = new(@"(?<!\w)" + According, RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private static void Reported(TextLayout layout, SpeakerPhrases phrases, List<Found> found)
    {
        var text = layout.Text;
        foreach (var (start, wholeEnd) in layout.Clauses())
        {
            if (!MayReport(text, start, wholeEnd)) continue;
            var (clauseStart, clauseEnd) = (start, wholeEnd);
            // "X tweeted he was not aware of it: "…"": the report before a colon that introduces the quotation.
            var colon = text.IndexOf(':', clauseStart, clauseEnd - clauseStart);
            if (colon > clauseStart && !layout.HasQuoteIn(clauseStart, colon) && layout.HasQuoteIn(colon, clauseEnd)
                && text[(colon + 1)..clauseEnd].TrimStart() is ['"' or '\u201C' or '\u201E' or '\u00AB', ..])
                clauseEnd = colon;
            // "The police confirmed they seized it, stating "…"", "He stated the trial would not be fair, saying he expected "…"":
            // the report before a participle whose words hold the quotation.
            var opening = text.IndexOfAny(['"', '\u201C', '\u201E', '\u00AB'], clauseStart, wholeEnd - clauseStart);
            if (opening > clauseStart && IntroducingParticiple().Match(text, clauseStart, opening - clauseStart) is { Success: true } introducing)
                clauseEnd = Math.Min(clauseEnd, introducing.Index);
            if (FrontedReport.Match(text, clauseStart, clauseEnd - clauseStart) is { Success: true } fronted
                && Lexicon.Says(fronted.Groups["main"].Value)
                && Read(phrases, 0, fronted.Groups["subject"], fronted.Groups["verb"].Value.ToLowerInvariant(), 0.85, QuoteRule.ReportedParticiple) is { } frontedCue
                && Make(text, fronted.Groups["content"].Index, fronted.Groups["content"].Index + fronted.Groups["content"].Length, frontedCue) is { } frontedContent)
            {
                found.Add(frontedContent);
                clauseStart = fronted.Groups["subject"].Index;
            }
            if (ReportBeforeQuotation(phrases, text, clauseStart, clauseEnd) is { } beforeQuotation) found.Add(beforeQuotation);
            // Past the clause's last quotation, a new clause may report speech: "X said "…" while Y wrote he had …".
            if (layout.LastQuoteOpeningIn(start, clauseEnd) is { Close: > 0 } lastQuote && lastQuote.Close < clauseEnd)
            {
                var tail = Regex.Match(text[(lastQuote.Close + 1)..clauseEnd], @"^[\s,]*(?:while|whereas|and|but)\s+");
                // ("In the piece, titled "…," Boebert writes that …": a title set off before the subject.)
                if (!tail.Success && lastQuote.Open > 0 && text[lastQuote.Open - 1] == ' ' && Regex.Match(text[(lastQuote.Close + 1)..clauseEnd], @"^,?\s+(?=\p{Lu})") is { Success: true } afterTitle
                    && IsNameOrTitle(text, lastQuote, start, text[lastQuote.Start..lastQuote.End]))
                    tail = afterTitle;
                if (!tail.Success)
                {
                    // "…," Roe said, adding that they would rebuild: the cue after the quotation goes on to report.
                    var tailEnd = SentenceEndTrimmed(text, lastQuote.Close + 1, clauseEnd);
                    if ((Participle(phrases, text, lastQuote.Close + 1, tailEnd) ?? QuoteParticiple(text, found, lastQuote, tailEnd)) is { } added) found.Add(added);
                    continue;
                }
                clauseStart = lastQuote.Close + 1 + tail.Length;
                // "Watson called the deal "lousy" and said he would only vote for it if …": a verb of saying with no subject
                // of its own after the quotation has the quotation's speaker.
                if (SharedSubjectReport(text, found, lastQuote, clauseStart, clauseEnd) is { } shared)
                {
                    found.Add(shared);
                    continue;
                }
            }
            if (layout.HasQuoteIn(clauseStart, clauseEnd)) continue;
            var end = clauseEnd;
            while (end > clauseStart && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ';' or '!' or '?' or ':')) end--;
            if (end - clauseStart < 10 || text[clauseStart..end].Contains('\n')) continue;
            if ((AccordingTo(phrases, text, clauseStart, end) ?? SubjectVerb(phrases, text, clauseStart, end)
                 ?? Parenthetical(phrases, text, clauseStart, end) ?? Participle(phrases, text, clauseStart, end)) is not { } reported)
            {
                if (WithParticiple(phrases, text, clauseStart, end) is { } with) found.Add(with);
                continue;
            }
            found.Add(reported);
            // "…, according to police, who said officers arrived …": the source's relative clause reports on its own.
            if (reported.Cue.Rule == QuoteRule.ReportedAccordingTo && Regex.Match(text[reported.End..end], @"^\.?,\s*" + According + @"\s+[^,;]+?,") is { Success: true } source
                && SourceWhoSaid().Match(text[(reported.End + source.Length)..end]) is { Success: true } who
                && Make(text, reported.End + source.Length + who.Length, end, reported.Cue with { Verb = who.Groups["verb"].Value.Split(' ')[0] }) is { } whoSaid)
                found.Add(whoSaid);
            // "The driver told reporters he lost control, with local press claiming he was …": the phrase reports on its own.
            if (reported.End < end && WithParticiple(phrases, text, reported.End, end) is { } alongside) found.Add(alongside);
            // "X said the attack was cowardly, adding that …": the participle reports more of the same speaker's.
            if (reported.Cue.Rule == QuoteRule.ReportedSubjectVerb && Participle(phrases, text, clauseStart, end) is { } more && more.Start >= reported.End)
                found.Add(more);
            // "Roe said the talks were useful, while Hale said they had failed": a second clause reports on its own.
            else if (reported.Cue.Rule == QuoteRule.ReportedSubjectVerb && CoordinatedClause().Match(text, reported.End, end - reported.End) is { Success: true } conj
                     && conj.Index == reported.End && SubjectVerb(phrases, text, conj.Index + conj.Length, end) is { } other)
                found.Add(other);
            // "X accused Y of lying, and argued that …": a second verb of saying shares the subject.
            else if (reported.Cue.Rule == QuoteRule.ReportedSubjectVerb && CoordinatedReport().Match(text, reported.End, end - reported.End) is { Success: true } and
                     && and.Index == reported.End
                     && Lexicon.ReportVerbs.Contains(and.Groups["verb"].Value) && (!Lexicon.ObjectVerbs.Contains(and.Groups["verb"].Value) || and.Groups["that"].Success)
                     && (and.Groups["that"].Success || OpensClause(text[(and.Index + and.Length)..end]))
                     && Make(text, and.Index + and.Length, ContentEnd().Match(text, and.Index + and.Length, end - and.Index - and.Length) is { Success: true } stop ? stop.Index : end,
                         reported.Cue with { Verb = and.Groups["verb"].Value }) is { } second)
                found.Add(second);
            // "…, officials said, adding that tolls would rise": the participle after the set-off cue has its speaker.
            else if (reported.Cue.Rule == QuoteRule.ReportedParenthetical && ParticipleCue().Match(text, reported.End, end - reported.End) is { Success: true } adding
                     && Make(text, adding.Groups["content"].Index, end, reported.Cue with { Verb = adding.Groups["verb"].Value, Rule = QuoteRule.ReportedParticiple }) is { } added)
                found.Add(added);
        }
    }

    /// <summary>"She told police she had immunity, but "that she had no plans …"", "said Roe required care, and was in a
    /// "serious" condition": a complete reported clause set off by a comma and a connective from the quoted words after it
    /// is reported speech of its own. A clause that runs into the quoted words ("said the plane was bringing meat "to help
    /// the economy"", "said the plan was "a disaster"") is the partial quotation's only.</summary>
    private static Found? ReportBeforeQuotation(SpeakerPhrases phrases, string text, int start, int end)
    {
        var open = text.IndexOfAny(['"', '\u201C', '\u201E', '\u00AB'], start, end - start);
        if (open <= start || SetOffBeforeQuotation().Match(text[start..open]) is not { Success: true } setOff) return null;
        var before = start + setOff.Index;
        return SubjectVerb(phrases, text, start, before) is { } reported && reported.End == before ? reported : null;
    }

    /// <summary>A comma and a connective between a reported clause and the quoted words after it: ", and was in a ", ", but ",
    /// ", such as ".</summary>
    [GeneratedRegex(@",\s+(?:and|but|or|yet|such\s+as|including)\b[^,]*$")]
    private static partial Regex SetOffBeforeQuotation();

    /// <summary>A title of something set off by commas after a name, with no article: "director of the Learning Together event, ".</summary>
    [GeneratedRegex(@"^(?<title>(?<head>\p{Ll}+)\s+of\s+[^,;]{1,60}),\s*")]
    private static partial Regex TitleOfSetOff();

    /// <summary>A title set off by commas after a name: "the mayor, ".</summary>
    [GeneratedRegex(@"^(?<title>(?:the|a|an)\s+[\p{Ll}'\u2019\-]+(?:\s+[\p{Ll}'\u2019\-]+){0,3}(?:\s+(?:of|for|at|with)\s+(?:the\s+)?\p{Lu}[^,;]{0,50})?),\s*")]
    private static partial Regex TitleSetOff();

    /// <summary>A pronoun and a verb right after a quotation: ", he added".</summary>
    [GeneratedRegex(@"\G\s*,?\s*(?<pronoun>he|she)\s+(?<verb>\p{Ll}+)\s*[.,]")]
    private static partial Regex PronounCue();

    /// <summary>A full name set off by commas: "Chris Kervick, ".</summary>
    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}.'\u2019\-]*(?:\s+\p{Lu}[\p{L}.'\u2019\-]*){1,3}),\s*")]
    private static partial Regex NameSetOff();

    [GeneratedRegex(@"^\s*(?:(?:all|any|the|these|those|such|earlier|previous|recent|media|a|an|its|their|his|her)\s+)*(?:claims?|reports?|allegations?|accusations?|suggestions?|rumou?rs?|charges?|speculation|position|view|stance)\s+(?:that|of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimNoun();

    /// <summary>A name right before "who" and the verb: "… drafted by Jane Roe who (said)", "… the home of Prime Minister
    /// Tuilaepa, who (told)".</summary>
    [GeneratedRegex(@"(?<who>\p{Lu}[\p{L}\-'\u2019.]*(?:\s+\p{Lu}[\p{L}\-'\u2019.]*){0,3}),?\s+who\s+(?:also\s+|later\s+|then\s+)?$")]
    private static partial Regex AntecedentWho();

    /// <summary>A subject and a relative clause of its own before the verb: "Representative Terri Collins who sponsored the
    /// bill (remarked)".</summary>
    [GeneratedRegex(@"^(?<who>[^,;]*?\p{Lu}[\p{L}\-'\u2019.]*),?\s+who\s+(?<relative>\p{Ll}[^,;]{2,80}?),?\s*$")]
    private static partial Regex SubjectWithRelative();

    [GeneratedRegex(@"\s*,?\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?<verb>\p{Ll}+)\s+(?<that>that\s+)?(?=\S)")]
    private static partial Regex CoordinatedReport();

    [GeneratedRegex(@"^\s*(?:if|unless)\b|\b(?:will|shall|may|might|can|must|should)(?:\s+(?-i:\p{Ll}+ly|also|later|soon))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Hypothetical();

    [GeneratedRegex(@",\s+(?:stating|saying|adding|noting|writing|explaining|declaring|insisting|arguing|claiming|stressing|warning|contending|maintaining)\b")]
    private static partial Regex IntroducingParticiple();

    private static Found? Make(string text, int start, int end, Cue cue)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ':')) start++;
        if (Dateline().Match(text, start, end - start) is { Success: true } dateline) start += dateline.Length; // "MOSCOW (Reuters) - …"
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or '.' or ';' or ':')) end--;
        return IsClauseLong(Word().Matches(text[start..end]).Select(m => m.Value).ToList()) ? new Found(start, end, QuoteKind.Indirect, cue with { Certainty = cue.Certainty * 0.8 }) : null;
    }

    /// <summary>Whether reported words are long enough to be a clause: three words, or two whose second is a verb ("sales
    /// rose", "he resigned"); "said goodbye", "denied wrongdoing" are objects.</summary>
    private static bool IsClauseLong(IReadOnlyList<string> words) =>
        words.Count >= 3 || words is [_, var second] && char.IsLower(second[0]) && (Lexicon.Past(second) || Lexicon.FiniteMarkers.Contains(second));

    /// <summary>A dateline opening a paragraph: "MOSCOW (Reuters) - ", "WASHINGTON — ", "NEW YORK, Nov 3 (AP) -", and a press
    /// release's "Toledo, OH — ", "Washington, D.C.– ", "(July 1, 2026) WASHINGTON, D.C. – ".</summary>
    [GeneratedRegex(@"\G(?:\([^)\n]{1,30}\)\s*)?(?:\p{Lu}{2,}[\p{Lu}\s.'\-]*(?:,\s*[\p{L}\d .]{1,20})?|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2},\s*(?:\p{Lu}{2}|D\.C\.|\p{Lu}\p{Ll}{1,4}\.))(?:\s*\([^)\n]{1,40}\))?\s*[\-\u2013\u2014]+\s*(?=\p{Lu})")]
    private static partial Regex Dateline();

    /// <summary>"According to X, …" and "…, according to X(, …)"; not "according to the report by X" (a document).</summary>
    private static Found? AccordingTo(SpeakerPhrases phrases, string text, int start, int end)
    {
        // (Every pattern below holds a phrase naming a source: most clauses hold none, and are done with at once.)
        if (!AccordingFirstWords.Any(w => text.AsSpan(start, end - start).Contains(w, StringComparison.OrdinalIgnoreCase))) return null;
        var clause = text[start..end];
        if (NamesUnauthoredDocument(clause)) return null;
        if (AccordingToFirst.Match(clause) is { Success: true } first)
        {
            var g = first.Groups["speaker"];
            // "According to Roe, who spoke on Monday, the bridge …": a relative clause on the source is not content.
            var content = first.Groups["content"];
            // ("According to investigators, Hale said he had …": a named person's own report inside is that person's.)
            if (NamedSays().Match(content.Value) is { Success: true } says && Lexicon.ReportVerbs.Contains(says.Groups["verb"].Value)) return null;
            var aside = Regex.Match(content.Value, @"^(?:who|which)\b[^,]*,\s*");
            // "According to the town's first selectman, Chris Kervick, there were …": the title, then the name set off by commas;
            // "According to Jane Roe, the mayor, the bridge …": the name, then the title.
            var speakerEnd = start + g.Index + g.Length;
            var last = Word().Matches(g.Value).LastOrDefault();
            var title = TitleSetOff().Match(content.Value) is { Success: true } setOff ? setOff
                : TitleOfSetOff().Match(content.Value) is { Success: true } titleOf && Lexicon.Titles.Contains(titleOf.Groups["head"].Value) ? titleOf : null;
            if (aside.Length == 0 && last is not null && char.IsUpper(last.Value[0]) && title is not null)
            {
                speakerEnd = start + content.Index + title.Groups["title"].Length;
                aside = title;
            }
            if (aside.Length == 0 && last is not null && char.IsLower(last.Value[0]) && !last.Value.EndsWith('s')
                && (Lexicon.Titles.Contains(last.Value) || Lexicon.AnonymousHeads.Contains(last.Value)) && last.Value is not ("police" or "people")
                && NameSetOff().Match(content.Value) is { Success: true } name)
            {
                speakerEnd = start + content.Index + name.Groups["name"].Length;
                aside = name;
            }
            return Read(phrases, start + g.Index, speakerEnd, "according to", 0.9, QuoteRule.ReportedAccordingTo) is { } cue
                ? Make(text, start + content.Index + aside.Length, end, cue) : null;
        }
        if (LautFirst.Match(clause) is { Success: true } laut)
        {
            var g = laut.Groups["speaker"];
            return Read(phrases, start, g, "laut", 0.85, QuoteRule.ReportedAccordingTo) is { } cue
                ? Make(text, start + laut.Groups["content"].Index, end, cue) : null;
        }
        if (AccordingToInside.Match(clause) is { Success: true } inside)
        {
            var g = inside.Groups["speaker"];
            // "…, according to Roe archaeologists have not found …": a name, then a clause with no comma between.
            if (!inside.Groups["after"].Success && NameThenClause().Match(g.Value) is { Success: true } named
                && Word().Matches(named.Groups["clause"].Value).Any(w => Lexicon.FiniteOrPast(w.Value)))
                return Read(phrases, start + g.Index, start + g.Index + named.Groups["name"].Length, "according to", 0.8, QuoteRule.ReportedAccordingTo) is { } namedCue
                    ? Make(text, start + g.Index + named.Groups["clause"].Index, end, namedCue) : null;
            // "Witnesses, according to The Telegraph, said a man …": the outlet reported what its subject said.
            var subject = inside.Groups["before"];
            if (inside.Groups["after"] is { Success: true } reported && ReportedBySubject().Match(reported.Value) is { Success: true } verb
                && Lexicon.ReportVerbs.Contains(verb.Groups["verb"].Value) && Word().Count(subject.Value) <= 6)
                return Read(phrases, start + subject.Index, start + subject.Index + subject.Length, verb.Groups["verb"].Value, 0.8, QuoteRule.ReportedSubjectVerb) is { } subjectCue
                    ? Make(text, start + reported.Index + verb.Length, end, subjectCue) : null;
            if (Read(phrases, start, g, "according to", 0.9, QuoteRule.ReportedAccordingTo) is not { } cue) return null;
            // ("…, according to police, who said officers arrived …": what the source said after "who" is a report of its own.)
            // ("…, according to the Syrian Observatory for Human Rights, a UK-based monitor.": an appositive on the source
            // ends the sentence, no clause.)
            return inside.Groups["after"].Success && !SourceWhoSaid().IsMatch(inside.Groups["after"].Value) && !SourceAppositive(inside.Groups["after"].Value)
                ? Make(text, start, end, cue) : Make(text, start, start + inside.Groups["before"].Length, cue);
        }
        // "The army entered the town yesterday according to state media.": the source ends the sentence, no comma before it
        // (a source it must be: "according to plan", "according to the footage" name no one).
        // (Commas before it are the writer's asides, "In the wake of his death, the parliament, the Assembly, was …", when no
        // verb of saying stands there: else the source may be of the last clause only.)
        if (AccordingToEnd.Match(clause) is { Success: true } atEnd && clause[..atEnd.Index].TrimEnd() is { Length: >= 12 } before
            && (before.IndexOfAny([',', ';']) < 0 || !before.Contains(';') && !MayReport(before, 0, before.Length))
            && Read(phrases, start, atEnd.Groups["speaker"], "according to", 0.8, QuoteRule.ReportedAccordingTo) is { } lastCue)
            return Make(text, start, start + before.Length, lastCue);
        return null;
    }

    [GeneratedRegex(@"^\p{Lu}[\p{L}'\-]+(?:\s+\p{Lu}[\p{L}'\-]+){0,2}\s+(?<verb>\p{Ll}+)\s")]
    private static partial Regex NamedSays();

    /// <summary>Whether the words after "according to X," are only an appositive on X ending the sentence: "a UK-based
    /// monitor.", "the state news agency."</summary>
    private static bool SourceAppositive(string after) =>
        Regex.IsMatch(after, @"^\s*(?:a|an|the)\s+[^,;]{1,80}?[.!?]?\s*$")
        && !Word().Matches(after).Any(w => Lexicon.FiniteMarkers.Contains(w.Value) || Lexicon.ReportVerbs.Contains(w.Value));

    /// <summary>Whether what follows a second verb of saying is a clause it reports: a finite or past verb within its first
    /// twelve words ("and added it would hire"), or a subject pronoun and a verb ("and stated they want to stay"); not an
    /// object ("and said goodbye").</summary>
    private static bool OpensClause(string after) =>
        Word().Matches(after).Take(12).Any(w => Lexicon.FiniteOrPast(w.Value)) || PronounClause().IsMatch(after);

    [GeneratedRegex(@"^\s*(?:they|we|I|you)\s+\p{Ll}+\b")]
    private static partial Regex PronounClause();

    /// <summary>A verb of saying opening what follows "X, according to Y,": "said (that) ".</summary>
    [GeneratedRegex(@"^(?<verb>\p{Ll}+)\s+(?:that\s+)?")]
    private static partial Regex ReportedBySubject();

    [GeneratedRegex(@"\s[\u2014\u2013]\s[^\u2014\u2013""\u201C\u201D]{3,120}\s[\u2014\u2013]\s*$")]
    private static partial Regex DashAsideAtEnd();

    /// <summary>"who said (that)" after a source set off by commas: "…, according to police, who said officers arrived …".</summary>
    [GeneratedRegex(@"^\s*who\s+(?:also\s+)?(?<verb>said|added|stated|reported|told\s+(?:reporters|the\s+press|\p{Lu}\S*))\s+(?:that\s+)?")]
    private static partial Regex SourceWhoSaid();

    /// <summary>"X said (on Friday) (that) …", "X told Y (that) …", "X accused Y of …"; also as the second clause of a
    /// sentence ("A case was filed, and the police said …", "… sent a letter, but the minister said …").</summary>
    private static Found? SubjectVerb(SpeakerPhrases phrases, string text, int start, int end)
    {
        var clause = text[start..end];
        var offset = SubjectStart(clause);
        // ("Hale received news: Fox News reported …": a clause before a colon, with no verb of saying, is not the subject.)
        if (clause.IndexOf(": ", offset, StringComparison.Ordinal) is > 0 and var colon
            && !Word().Matches(clause[offset..colon]).Any(w => Lexicon.Says(w.Value)))
            offset = colon + 2;
        if (Regex.IsMatch(clause[offset..], @"^(?:What|Whatever)\s")) return null; // "What he said next shocked the room"
        // "Jane Roe is quoted as saying that the vote was rigged": the passive, its subject the speaker.
        if (ReportedQuotedAs().Match(clause, offset) is { Success: true } quoted)
            return Read(phrases, start, quoted.Groups["who"], "quoted", 0.8, QuoteRule.ReportedSubjectVerb) is { } quotedCue
                ? Make(text, start + quoted.Groups["content"].Index, start + quoted.Groups["content"].Index + quoted.Groups["content"].Length, quotedCue) : null;
        // ("Znak.com reported its source said the tenant moved in …": what a source said, as an outlet reported it, is the source's.)
        if (ReportedSourceSaid().Match(clause, offset) is { Success: true } relayed
            && Read(phrases, start, relayed.Groups["who"], relayed.Groups["verb"].Value, 0.75, QuoteRule.ReportedSubjectVerb) is { } relayedCue)
            return Make(text, start + relayed.Groups["content"].Index, end, relayedCue);
        if (SubjectVerbAt(phrases, text, start, clause, offset) is { } found) return found;
        foreach (Match conjunction in CoordinatedClause().Matches(clause, offset))
            if (Word().Matches(clause[offset..conjunction.Index]).Any(w => Lexicon.FiniteOrPast(w.Value))
                && SubjectVerbAt(phrases, text, start, clause, conjunction.Index + conjunction.Length) is { } second)
                return second;
        // ("After Trump suggested in a tweet that mail-in voting could result in fraud, debate centered on …": a report in a
        // fronted clause, up to its comma, when the main clause reports nothing.)
        if (FrontedSubordinate().Match(clause) is { Success: true } fronted && fronted.Groups["inner"] is var inner
            && SubjectVerbAt(phrases, text, start, clause[..(inner.Index + inner.Length)], inner.Index) is { } inFronted)
            return inFronted;
        return null;
    }

    [GeneratedRegex(@"\G" + SpeakerPhrases.RelayedSourcePattern + @"\s+(?<verb>said|says|claimed|claims|told\s+it)\s+(?:that\s+)?(?<content>\S[^;]{8,})")]
    private static partial Regex ReportedSourceSaid();

    [GeneratedRegex(@"^\s*(?:After|Before|When|Since|Although|Though|Because|Once|Until)\s+(?<inner>[^,;]{10,200}),\s")]
    private static partial Regex FrontedSubordinate();

    [GeneratedRegex(@"\G(?<who>[^,;:.]+?)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|later\s+|widely\s+)?quoted\s+(?:by\s+[^,;]{1,60}?\s+)?as\s+(?:saying|stating)\s+(?:that\s+)?(?<content>[^.;!?""\u201C\u201D]{8,})")]
    private static partial Regex ReportedQuotedAs();

    [GeneratedRegex(@",\s+(?:and|but|while|whereas|though|although|because|since|as(?!\s+(?:well|of|if|though|such|part|a\s+result)\b))\s+|\s+(?:and|but)\s+(?=(?:the|a|an|his|her|its|their)\s)|" + CountedSpeakers)]
    private static partial Regex CoordinatedClause();

    /// <summary>"… and several said …": people counted, and their verb of saying, after "and" or "but".</summary>
    private const string CountedSpeakers = @"\s+(?:and|but)\s+(?=(?:several|many|others|most)\s+(?:\w+\s+)?(?:said|say|says|told|added)\b)";

    private static Found? SubjectVerbAt(SpeakerPhrases phrases, string text, int start, string clause, int offset)
    {
        // (Words as positions and strings, not Match objects: a long text has hundreds of thousands of them.)
        var words = new List<WordAt>(32);
        foreach (var word in Word().EnumerateMatches(clause, offset))
        {
            if (words.Count == 32) break;
            words.Add(new WordAt(word.Index, word.Length, clause.Substring(word.Index, word.Length)));
        }
        for (var i = 1; i < words.Count; i++)
        {
            var verb = words[i];
            // ("expressed concern that …", "voiced hope that …": a feeling expressed is a report of its clause.)
            // ("issued a statement saying …": a document put out, and the participle that gives its words.)
            if (!Lexicon.ReportVerbs.Contains(verb.Value) && !(FeelingVerbs.Contains(verb.Value) && FeelingThat().IsMatch(clause, verb.Index + verb.Length))
                && !(Lexicon.IssueVerbs.Contains(verb.Value) && MessageSaying().IsMatch(clause[(verb.Index + verb.Length)..]))
                || char.IsUpper(verb.Value[0]) || IsNoun(words[i - 1].Value, verb.Value)
                // ("Requires a quarterly report to Congress": how often it comes out, between a determiner and the word.)
                || i >= 2 && Lexicon.Determiners.Contains(words[i - 2].Value) && Lexicon.FrequencyAdjectives.Contains(words[i - 1].Value)) continue;
            // "…, claiming …": a participle set off by a comma is no finite verb with a subject (Participle reads it).
            if (verb.Value.EndsWith("ing", StringComparison.Ordinal) && Regex.IsMatch(clause[..verb.Index], @",\s*$")) continue;
            // "…, with officials saying …": the participle's subject is after "with" (WithParticiple reads it).
            if (verb.Value.EndsWith("ing", StringComparison.Ordinal) && WithSubject().IsMatch(clause[..verb.Index])) continue;
            if (i + 1 < words.Count && Lexicon.ReportVerbs.Contains(words[i + 1].Value)) continue; // "Media reports said": a noun
            // ("Initial reports from Omsk hospital reported …": a document from someone, a noun too.)
            if (i + 1 < words.Count && words[i + 1].Value is "from" && Lexicon.DocumentHeads.Contains(verb.Value)) continue;
            // "The ministry declined the request and said …": a verb coordinated with the clause's first has its subject.
            // ("She spoke about her husband, who was arrested in May, and promised …": past a relative clause set off by commas.)
            // ("Roe expressed opposition to the plan, and suggested …": a comma may stand before the conjunction.)
            if (CoordinatedVerb().IsMatch(clause[offset..verb.Index])
                && !CoordinatedVerb().Replace(RelativeAside().Replace(clause[offset..verb.Index], "", 1), "").Contains(',')
                && ClauseSubject(clause, verb.Index) is { } coordinated && coordinated.Start == offset)
            {
                if (Read(phrases, start + offset, start + coordinated.End, verb.Value.ToLowerInvariant(), 0.85, QuoteRule.ReportedSubjectVerb) is not { } shared) return null;
                return Report(text, start, clause, verb, shared, inRelative: false);
            }
            var subject = TrailingDashAside().Replace(TrailingManner().Replace(TrailingAsked().Replace(clause[offset..verb.Index], ""), ""), "");
            // "This included the home of Prime Minister Tuilaepa, who told the press his nephew needed a dose": the person
            // named right before "who".
            if (AntecedentWho().Match(subject) is { Success: true } antecedent
                && Read(phrases, start + offset, antecedent.Groups["who"], verb.Value.ToLowerInvariant(), 0.85, QuoteRule.ReportedSubjectVerb) is
                    { Match.Speakers: [{ Kind: SpeakerKind.Person }, ..] } antecedentCue)
                return Report(text, start, clause, verb, antecedentCue, inRelative: true);
            // ("Representative Terri Collins who sponsored the bill remarked …": a relative clause of its own between the subject
            // and its verb, commas or none.)
            if (SubjectWithRelative().Match(subject) is { Success: true } described
                && Word().Matches(described.Groups["relative"].Value) is var relativeWords && relativeWords.Count <= 8
                && Lexicon.Past(relativeWords[0].Value) && !relativeWords.Any(w => Lexicon.ReportVerbs.Contains(w.Value))
                && Read(phrases, start + offset, described.Groups["who"], verb.Value.ToLowerInvariant(), 0.85, QuoteRule.ReportedSubjectVerb) is
                    { Match.Speakers: [{ Kind: SpeakerKind.Person }, ..] } describedCue)
                return Report(text, start, clause, verb, describedCue, inRelative: false);
            // ("The constitution was changed again, before he announced he would stand down": the subject of a clause opened
            // by a subordinator, right before its verb.)
            if (SubordinateReportSubject().Match(subject) is { Success: true } subordinate
                && Read(phrases, start + offset, subordinate.Groups["who"], verb.Value.ToLowerInvariant(), 0.85, QuoteRule.ReportedSubjectVerb) is { } subordinateCue)
                return Report(text, start, clause, verb, subordinateCue, inRelative: false);
            // "Tom Hale, who said last year that he would retire, won": the report ends with the relative clause.
            var inRelative = Regex.IsMatch(subject, @",\s*(?:who|which)\s+(?:(?-i:\p{Ll}+ly)\s+)?$");
            // "If Roe says …", "Roe will say …": a condition or a prediction, no report.
            if (Hypothetical().IsMatch(subject)) return null;
            // "The mayor visited the site and the police said …": a clause and a second subject; the second clause reports.
            // (A participle before a preposition modifies the subject: "Officials based in Leeds and the police said".)
            if (SecondSubject().Match(subject) is { Success: true } second && Word().Matches(subject[..second.Index]).Skip(1)
                    .Any(w => char.IsLower(w.Value[0]) && (Lexicon.FiniteMarkers.Contains(w.Value)
                                                               || Lexicon.Past(w.Value) && !Lexicon.Prepositions.Contains(Word().Match(subject, w.Index + w.Length).Value))))
                return null;
            // "The man, who police said was 34, …": the verb is inside a relative clause not closed before it, with a subject
            // of its own ("the Navy, who told it …" is the Navy's).
            if (TrailingRelative().Match(subject) is { Success: true } relative && !relative.Value.TrimEnd().EndsWith(',')
                && Word().Matches(relative.Value).Count > 1) return null;
            subject = TrailingRelative().Replace(subject, "");
            // "He was accused of …": a passive names who was spoken of, not who spoke.
            // ("far from where the Navy's records predicted it would be": a verb in a clause opened by "where" or "what".)
            // ("Jane Roe, the Democrat who chairs the panel, and Tom Hale, its top Republican, said": a relative clause closed
            // inside the appositive of one of two people is no verb of the sentence.)
            var unrelated = AppositiveRelative().Replace(subject, ",");
            if (subject.Contains(" by ") || PassiveBefore().IsMatch(subject)
                || Regex.IsMatch(unrelated, @"\b(?:who|which|that|if|whether|where|what)\b") && !IsSourceDescription(subject.TrimEnd())) return null;
            // ("…, but at nearly the same time as Hale's comments, the Senate announced": an adverbial in lower case after a
            // conjunction stands before the subject.)
            if (Regex.Match(subject, @"^\s*(?:at|in|on|by|after|before|during|since|following|within)\s[^,]*,\s*") is { Success: true, Length: > 0 } adverbial)
            {
                offset += adverbial.Length;
                subject = subject[adverbial.Length..];
            }
            subject = Trimmed(subject);
            if (HasVerb(AppositiveRelative().Replace(subject, ",")) && !IsSourceDescription(subject.TrimEnd())) return null;
            // "X said, …" is no report, except in German, where a comma and "dass" or the subjunctive make one: "sagte, die Brücke werde …".
            var afterVerb = clause[(verb.Index + verb.Length)..];
            var commaClause = CommaAfterVerb().IsMatch(afterVerb);
            if (!EndsLikeSubject(subject) || commaClause && !That.IsMatch(afterVerb) && !AsideBeforeThat().IsMatch(afterVerb)
                && !Word().Matches(afterVerb).Take(8).Any(w => Lexicon.ReportedSubjunctive.Contains(w.Value))) return null;
            if (Read(phrases, start + offset, start + offset + subject.Length, verb.Value.ToLowerInvariant(), 0.9, QuoteRule.ReportedSubjectVerb) is not { } cue) return null;
            // ("Roe acknowledged the risks and said they were manageable": a verb with an object and no clause reports
            // nothing; a verb coordinated with it may.)
            if (Report(text, start, clause, verb, cue, inRelative) is { } report) return report;
        }
        return null;
    }

    /// <summary>Whether a subject holds a verb in lower case, finite or of saying: then it is a clause, not a subject. (A report
    /// verb after a determiner is a noun: "the first woman to hold the post".)</summary>
    private static bool HasVerb(string subject)
    {
        var previous = "";
        for (var word = Word().Match(subject); word.Success; previous = word.Value, word = word.NextMatch())
            if (char.IsLower(word.Value[0]) && (Lexicon.FiniteMarkers.Contains(word.Value)
                                                || Lexicon.ReportVerbs.Contains(word.Value) && !(previous.Length > 0 && IsNoun(previous, word.Value))
                                                   && !(Lexicon.DocumentHeads.Contains(word.Value) && word.NextMatch().Value == "from"))) // "reports from the ministry"
                return true;
        return false;
    }

    /// <summary>A relative clause closed inside an appositive, another person coordinated after it: " who chairs the panel,"
    /// in "Jane Roe, the Democrat who chairs the panel, and Tom Hale".</summary>
    [GeneratedRegex(@"\s+(?:who|which)\s+[^,;""\u201C\u201D]{1,60},(?=\s*and\s+\p{Lu})")]
    private static partial Regex AppositiveRelative();

    /// <summary>A word of a clause: where it is and what it says.</summary>
    private readonly record struct WordAt(int Index, int Length, string Value);

    /// <summary>What a report verb of a clause reports, its cue read: the content after the verb (past a recipient, a
    /// time, a medium and "that"), when it is a clause and not an object.</summary>
    private static Found? Report(string text, int start, string clause, WordAt verb, Cue cue, bool inRelative)
    {
        var afterVerb = clause[(verb.Index + verb.Length)..];
        var commaClause = CommaAfterVerb().IsMatch(afterVerb);
        // "The company, said to be worth …", "He is said to have …": a passive, no report.
        if (Regex.IsMatch(afterVerb, @"^\s+to\s+(?:be|have)\b")) return null;
        var rest = afterVerb;
        var skipped = 0;
        var lower = verb.Value.ToLowerInvariant();
        // "warned citizens to leave", "told residents to stay indoors": an instruction, no report (unless a clause goes on:
        // "warned the plan to cut taxes would fail").
        if (lower.StartsWith("warn", StringComparison.Ordinal) || lower.StartsWith("tel", StringComparison.Ordinal) || lower is "told" or "reminded" or "advised" or "cautioned")
            if (Instruction().Match(afterVerb) is { Success: true } instruction && !Word().Matches(afterVerb).Any(w => Lexicon.FiniteMarkers.Contains(w.Value))
                && !Word().Matches(instruction.Value).SkipLast(2).Any(w => Lexicon.Past(w.Value) || w.Value == "that" || Lexicon.SubjectPronouns.Contains(w.Value)))
                return null;
        if (lower.StartsWith("tel", StringComparison.Ordinal) || lower is "told" or "informed" or "assured" or "reminded" || Regex.IsMatch(rest, @"^\s+to\s"))
        {
            // "told investors on Tuesday that …": whatever stands before "that" is the recipient, if it has no verb.
            var beforeThat = Regex.Match(rest, @"^(?<recipient>(?:\s+[\p{L}\p{N}'\u2019\-.]+){1,8}?)\s+that\s");
            if (beforeThat.Success && !Word().Matches(beforeThat.Groups["recipient"].Value).Any(w => Lexicon.FiniteMarkers.Contains(w.Value) || Lexicon.ReportVerbs.Contains(w.Value)))
                skipped = beforeThat.Groups["recipient"].Length;
            else if (OutletRecipient.Match(rest) is { Success: true, Length: > 0 } outlet) skipped = outlet.Length;
            else if (Recipient().Match(rest) is { Success: true, Length: > 0 } recipient) skipped = recipient.Length;
        }
        // ("denied the story, as did John Bolton": an object, and others who did the same, no clause.)
        if (Regex.IsMatch(rest, @"^\s+(?:the|a|an|this|that|his|her|its|their)\s+(?:[\p{L}\-]+\s+){1,3}as\s+(?:did|does|do|has|have|had)\s")) return null;
        // ("pointed out that …": the verb says only with its particle.)
        if (lower == "pointed") skipped = Regex.Match(rest, @"^\s+out\b") is { Success: true } particle ? particle.Length : -1;
        if (skipped < 0) return null;
        var time = LeadingTime().Match(rest, skipped);
        skipped += time.Success ? time.Length : 0;
        var medium = LeadingMedium().Match(rest, skipped);
        skipped += medium.Success ? medium.Length : 0;
        var capacity = LeadingCapacity().Match(rest, skipped);
        skipped += capacity.Success ? capacity.Length : 0;
        var aside = AsideBeforeThat().Match(rest, skipped); // "claimed, without evidence, that", "said, however, that"
        skipped += aside.Success ? aside.Length : 0;
        var by = BySaying().Match(rest, skipped); // "responded by saying (that) …"
        skipped += by.Success ? by.Length : 0;
        var feeling = FeelingThat().Match(rest, skipped); // "expressed concern that …"
        skipped += feeling.Success ? feeling.Length : 0;
        var that = That.Match(rest, skipped);
        var hasThat = that.Success;
        skipped += hasThat ? that.Length : 0;
        var contentStart = verb.Index + verb.Length + skipped;
        var content = clause[contentStart..];
        // ("conceded defeat, telling supporters he would not …": a noun the verb takes, and a participle that reports.)
        if (!hasThat && NounThenParticiple().IsMatch(content)) return null;
        // "posted a message on Facebook announcing he had tested positive": the message's participle reports.
        if (MessageSaying().Match(content) is { Success: true } message)
        {
            contentStart += message.Groups["content"].Index;
            content = message.Groups["content"].Value;
            cue = cue with { Verb = message.Groups["verb"].Value };
        }
        if (ContentEnd().Match(content) is { Success: true } stop) content = content[..stop.Index];
        // "… corruption but denied that …": a second verb of saying ends the first content (and reports on its own).
        // ("indicated no vehicles were involved and suggested the driver lost control": a clause after the second verb too.)
        // (In the tense of the first: "emphasized that the action does not change the rule but clarifies how …" is one report,
        // "clarifies" the reported clause's own verb.)
        if (CoordinatedReport().Matches(content).FirstOrDefault(m => Lexicon.ReportVerbs.Contains(m.Groups["verb"].Value)
                && PresentThirdPerson(m.Groups["verb"].Value) == PresentThirdPerson(lower)
                && (m.Groups["that"].Success || !Lexicon.ObjectVerbs.Contains(m.Groups["verb"].Value) && OpensClause(content[(m.Index + m.Length)..]))) is { } secondVerb)
            content = content[..secondVerb.Index];
        if (ParticipleCue().Match(content) is { Success: true } participle) content = content[..participle.Index]; // ", adding that …" reports on its own
        if (lower.StartsWith("accus", StringComparison.Ordinal) && !content.Contains(" of ")) return null;
        // "wrote a letter to the head of the agency supporting …": what was written, not what it said.
        if (lower.StartsWith("wr", StringComparison.Ordinal) && !hasThat && Regex.IsMatch(content,
                @"^\s*(?:a|an|the|his|her|their|its|two|three|several)\s+(?:[\p{L}\-]+\s+)?(?:letter|op-ed|column|article|book|post|piece|note|memo|message|report|statement|e-?mail|essay|editorial|blog|song|poem|story|review)s?\b"))
            return null;
        if (lower.StartsWith("propos", StringComparison.Ordinal) && !hasThat) return null;
        // "a process Zapata described as being tricky": how something was called, not a clause.
        if (lower.StartsWith("describ", StringComparison.Ordinal) && Regex.IsMatch(content, @"^\s*as\s")) return null;
        // "confirmed him, but …", "responded to multiple reports": an object or what was responded to, not a clause.
        if (Regex.IsMatch(content, @"^\s*(?:him|them|us|me)\b") || lower.StartsWith("respond", StringComparison.Ordinal) && Regex.IsMatch(content, @"^\s*to\s")) return null; // "proposed an amendment …": a proposal, unless "proposed that …"
        // "told reporters about his plans", "described for PA Media how …": a topic or an audience, not what was said.
        // ("said about 20 buildings collapsed": "about" before a number is a quantity.)
        if (Regex.IsMatch(content, @"^\s*(?:about(?!\s+(?:\d|a\s+(?:dozen|hundred|thousand|third|quarter)\b|half\b))|for|of|against|with|on)\b")) return null; // ("cautioned against optimism", "charged with murder", "commented on …")
        // "denied all claims that …": a noun and its clause, the object; "who police said was 34": the subject is missing.
        if (ClaimNoun().IsMatch(content) || Word().Match(content) is { Success: true } firstWord && char.IsLower(firstWord.Value[0])
                && Lexicon.FiniteMarkers.Contains(firstWord.Value) && firstWord.Value is not ("be" or "been" or "being")) return null;
        var contentWords = Word().Matches(content).Select(m => m.Value).ToList();
        if (!IsClauseLong(contentWords)) return null;
        // "declared a national emergency", "declared the outbreak … to be a pandemic", "announced his intentions to run,
        // to fill the role he had held": an object, not a clause (a verb after the first comma belongs to an aside).
        // ("reported Tom Hale, who lived in Leeds, will be buried": a relative clause set off by commas is passed over.)
        // ("reports Mahan's director, Hamid Khanooki, has alleged ties": so is a name set off by commas.)
        var firstPart = NameAside().Replace(RelativeAside().Replace(content, "", 1), "", 1).Split(',')[0];
        // A past form after a number or a determiner is an adjective ("21 confirmed cases"), after "that" a relative
        // clause's ("a ship that visited the base"): neither makes the object a clause.
        var firstWords = Word().Matches(firstPart).Select(m => m.Value).ToList();
        // ("reported the invention of a coating that could reduce …": a verb of a relative clause makes no clause either;
        // "reported inventing a coating": a gerund is an object; "reported being told …" is a report.)
        // ("promised to hold elections": a vow's infinitive is what was promised, as after "vowed".)
        var vow = lower.StartsWith("promis", StringComparison.Ordinal);
        if (Lexicon.ObjectVerbs.Contains(lower) && !hasThat && !(vow && Regex.IsMatch(content, @"^\s*to\s+\p{Ll}")) && (firstWords.Count > 0 && firstWords[0].EndsWith("ing", StringComparison.Ordinal) && char.IsLower(firstWords[0][0]) && firstWords[0] is not ("being" or "having")
                || !firstWords.Skip(1).Where((w, k) => firstWords[k] is not ("that" or "which" or "who")
                    && (Lexicon.FiniteMarkers.Contains(w) && w is not ("be" or "been" or "being")
                        || Lexicon.Past(w) && !char.IsDigit(firstWords[k][0]) && !Lexicon.Determiners.Contains(firstWords[k])
                           && firstWords[k] is not ("and" or "or"))).Any())) // ("declared an emergency and deployed the guard": a second verb of the subject's)
            return null;
        // A past form after a determiner is an adjective ("told the story of her escape to a packed hall").
        if (!hasThat && !commaClause && !lower.StartsWith("accus", StringComparison.Ordinal)
            && !contentWords.Where((w, k) => Lexicon.FiniteMarkers.Contains(w) || Lexicon.Past(w) && !(k > 0 && Lexicon.Determiners.Contains(contentWords[k - 1]))
                // (A word in -s may be a verb, "the company plans to …", but not after a determiner or a preposition: "said
                // nothing about the allegations".)
                || char.IsLower(w[0]) && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !Lexicon.Determiners.Contains(w)
                   && !(k > 0 && (Lexicon.Determiners.Contains(contentWords[k - 1]) || Lexicon.Prepositions.Contains(contentWords[k - 1])))).Any() // not "wrote this story for VOANews"
            && !(contentWords is [var pronoun, var next, ..] && pronoun is "they" or "we" or "I" or "you" && char.IsLower(next[0]))) // "said they plan to …"
            return null;
        if (inRelative && content.IndexOf(',') is > 0 and var closes) content = content[..closes];
        // "Acme said it would cooperate": a lone name no list knows that speaks of itself as "it" is an organisation's.
        // (Known, when it spoke before, as a name alone: "Acme said …. Acme said it would …".)
        if (cue.Match is { Rule: SpeakerRule.UnknownSurname or SpeakerRule.KnownSurname, Speakers: [{ Kind: SpeakerKind.Person, Affiliation: null } only] }
            && !only.Name.Contains(' ') && ItselfActing().IsMatch(content))
            cue = cue with { Match = cue.Match with { Speakers = [only with { Kind = SpeakerKind.Organisation, Affiliation = null }], Rule = SpeakerRule.Organisation } };
        return Make(text, start + contentStart, start + contentStart + content.Length, cue);
    }

    /// <summary>An object and an infinitive after a verb: "citizens to leave", "all residents to stay".</summary>
    [GeneratedRegex(@"^\s+(?:[\p{L}\p{N}'\u2019\-.]+\s+){1,6}?to\s+\p{Ll}")]
    private static partial Regex Instruction();

    /// <summary>Content whose subject is "it" acting, as an organisation does ("it would cooperate", "it had removed",
    /// "its profits"); not "it was" or "it would be" ("Roe said it was a mistake", "Hale said it would be a long night").</summary>
    [GeneratedRegex(@"^\s*(?:its\s|it\s+(?:would|will|had|has|plans|planned|intends|intended|expects|expected|is\s+cooperating|was\s+cooperating)\b(?!\s+(?:be|been|not\s+be)\b))")]
    private static partial Regex ItselfActing();

    /// <summary>A verb of saying, or one that frames quoted words ("called", "described").</summary>
    private static bool SaysOrFrames(string word) => Lexicon.QuoteVerbs.Contains(word) || Lexicon.PartialVerbs.Contains(word);

    /// <summary>A second subject after a clause: "… and the police (said)", "…, while some (say)".</summary>
    [GeneratedRegex(@"\s(?:and|but)\s+(?=(?:the|a|an|his|her|its|their)\s|\p{Lu})|,\s+(?:while|whereas)\s+(?=(?:" + Lexicon.CountedPeoplePattern + @")\s*$)")]
    private static partial Regex SecondSubject();

    [GeneratedRegex(@"^\s*,")]
    private static partial Regex CommaAfterVerb();

    [GeneratedRegex(@"\G\s+(?:(?:his|her|their|its|the|some|deep|grave|serious|strong)\s+)?(?:concerns?|hopes?|fears?|doubts?|confidence|optimism|frustration|disappointment|regret|belief|worries|skepticism|scepticism)(?=\s+that[\s,])")]
    private static partial Regex FeelingThat();

    [GeneratedRegex(@"(?<=^[^,]+),\s*(?:who|which|whose)\b[^,]*,")]
    private static partial Regex RelativeAside();

    [GeneratedRegex(@"(?<=^[^,]+),\s*\p{Lu}[\p{L}\-'\u2019.]*(?:\s+\p{Lu}[\p{L}\-'\u2019.]*){1,3},")]
    private static partial Regex NameAside();

    [GeneratedRegex(@"\G\s+by\s+(?:saying|stating|noting|arguing|claiming|insisting|explaining|pointing\s+out)\b")]
    private static partial Regex BySaying();

    /// <summary>"X, when asked whether …, told": the question set off by commas between a speaker and the verb.</summary>
    [GeneratedRegex(@",\s*(?:when|after|while|if)\s+(?:being\s+)?(?:asked|pressed|questioned)\b[^,;:]{0,200},\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingAsked();

    [GeneratedRegex(@",\s+(?:(?<verb>adding|saying|noting|arguing|insisting|warning|explaining|stressing|claiming|contending|acknowledging|conceding|predicting|accusing)\s+(?:that\s+)?|(?<verb>telling)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}\-]+\s+){0,2}?[\p{L}\-]+\s+(?:that\s+)?(?=(?:he|she|they|it|we|I|there|the|a|an|his|her|their|its)\s))(?<content>.+)$", RegexOptions.Singleline)]
    private static partial Regex ParticipleCue();

    /// <summary>A message and the participle that gives its content: "a message on Facebook announcing (that) …".</summary>
    [GeneratedRegex(@"^\s*(?:a|an|the|his|her|their|its)\s+(?:[\p{Ll}\-]+\s+){0,2}(?:message|statement|post|tweet|video|letter|note|announcement|press\s+release)\b[^,.;:""\u201C\u201D]{0,80}?\s(?<verb>announcing|saying|stating|confirming|explaining|declaring|claiming|revealing|agreeing|noting|warning|arguing|insisting|to\s+the\s+effect)\s+(?:that\s+)?(?<content>.+)$", RegexOptions.Singleline)]
    private static partial Regex MessageSaying();

    /// <summary>"Tom Hale defended the plan, adding that it would create jobs": the clause's subject reports what follows.</summary>
    private static Found? Participle(SpeakerPhrases phrases, string text, int start, int end)
    {
        var clause = text[start..end];
        if (ParticipleCue().Match(clause) is not { Success: true } m) return null;
        return ReportsClause(m) && ClauseSubject(clause, m.Index) is { } subject
               && Read(phrases, start + subject.Start, start + subject.End, m.Groups["verb"].Value, 0.85, QuoteRule.ReportedParticiple) is { } cue
            ? Make(text, start + m.Groups["content"].Index, end, cue) : null;
    }

    /// <summary>"with" and the subject of a participle after it: "…, with officials (saying)", "with some local press (claiming)".</summary>
    private const string WithWho = @"(?:^|[,;]\s*|\s)(?:with|despite)\s+(?<who>(?:[\p{L}\p{N}'\u2019\-.]+\s+){0,4}[\p{L}\p{N}'\u2019\-.]+)\s+";

    /// <summary>The participles of saying that report for the subject after "with".</summary>
    private const string WithParticiples = "saying|claiming|adding|noting|insisting|arguing|warning|stressing|alleging|reporting";

    [GeneratedRegex(WithWho + "$")]
    private static partial Regex WithSubject();

    [GeneratedRegex(WithWho + "(?<verb>" + WithParticiples + @")\s+(?:that\s+)?(?<content>.+)$", RegexOptions.Singleline)]
    private static partial Regex WithParticipleCue();

    /// <summary>"…, with officials saying this is for security reasons": "with" (or "despite"), a subject and a participle
    /// of saying report the clause after it.</summary>
    private static Found? WithParticiple(SpeakerPhrases phrases, string text, int start, int end)
    {
        if (WithParticipleCue().Match(text[start..end]) is not { Success: true } m || !ReportsClause(m)) return null;
        var content = m.Groups["content"];
        var stop = ContentEnd().Match(content.Value) is { Success: true } contentEnd ? contentEnd.Index : content.Length;
        return Read(phrases, start, m.Groups["who"], m.Groups["verb"].Value, 0.8, QuoteRule.ReportedParticiple) is { } cue
            ? Make(text, start + content.Index, start + content.Index + stop, cue) : null;
    }

    /// <summary>"…, claiming some patients deceived him" and "…, saying he intends to leave" report; "…, claiming to
    /// represent the ministry" does not.</summary>
    private static bool ReportsClause(Match participle) =>
        // (", accusing the network of violating its franchise": an accusation reports what it is of, as "accused" does.)
        participle.Groups["verb"].Value == "accusing" ? Regex.IsMatch(participle.Groups["content"].Value, @"^(?:[\p{L}\-'\u2019]+\s+){1,6}of\s")
        : (Word().Matches(participle.Groups["content"].Value).Take(8).Any(w => Lexicon.FiniteOrPast(w.Value))
         || participle.Value.Contains(" that ") || Regex.IsMatch(participle.Groups["content"].Value, @"^(?:he|she|they|we|I)\s+(?-i:\p{Ll}+s?)\b"))
        && !Regex.IsMatch(participle.Groups["content"].Value, @"^to\s");

    /// <summary>The clause a verb of saying reports when it follows a quotation and "and" with no subject of its own: the
    /// quotation's speaker said it (past a recipient: "and told the crowd they would win").</summary>
    private static Found? SharedSubjectReport(string text, List<Found> found, Quotation quote, int start, int end)
    {
        if (Word().Match(text, start) is not { Success: true } verb || verb.Index != start || !Lexicon.ReportVerbs.Contains(verb.Value)
            || Lexicon.ObjectVerbs.Contains(verb.Value) || verb.Value.EndsWith("ing", StringComparison.Ordinal)
            || QuotationCue(found, quote, QuoteRule.ReportedSubjectVerb) is not { } cue) return null;
        var content = verb.Index + verb.Length;
        if (verb.Value is "told" or "tells" or "tell" && Recipient().Match(text[content..end]) is { Success: true, Length: > 0 } recipient) content += recipient.Length;
        content += That.Match(text, content, end - content) is { Success: true } that ? that.Length : 0;
        var stop = SentenceEndTrimmed(text, content, end);
        return Word().Matches(text[content..stop]).Any(w => Lexicon.FiniteOrPast(w.Value)) ? Make(text, content, stop, cue with { Verb = verb.Value }) : null;
    }

    /// <summary>Where a stretch of text ends without the white space and the sentence's closing marks after it.</summary>
    private static int SentenceEndTrimmed(string text, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ';' or '!' or '?')) end--;
        return end;
    }

    /// <summary>The cue of the quotation's own speaker, for words that go on after it without naming one (a participle, "and
    /// said …"): null when the quotation has none.</summary>
    private static Cue? QuotationCue(List<Found> found, Quotation quote, QuoteRule rule) =>
        found.LastOrDefault(f => f.Start >= quote.Open && f.End <= quote.Close) is { } quoted
            ? quoted.Cue with { Rule = rule, Certainty = Math.Min(quoted.Cue.Certainty, 0.85) }
            : null;

    /// <summary>"… described by Hale as "a mandate", saying he would leave": a participle right after a quotation reports
    /// more of the quotation's speaker, when the quotation has one.</summary>
    private static Found? QuoteParticiple(string text, List<Found> found, Quotation quote, int end)
    {
        // ("…," said Jane Roe, adding that …: after the quotation's own cue, too.)
        if (ParticipleCue().Match(text[(quote.Close + 1)..end]) is not { Success: true } m
            || QuotationCue(found, quote, QuoteRule.ReportedParticiple) is not { } cue
            || m.Index > 0 && !(cue.At > quote.Close && cue.At <= quote.Close + 1 + m.Index && text.AsSpan(cue.At, quote.Close + 1 + m.Index - cue.At).Trim().TrimStart(',').IsEmpty))
            return null;
        return ReportsClause(m) ? Make(text, quote.Close + 1 + m.Groups["content"].Index, end, cue with { Verb = m.Groups["verb"].Value }) : null;
    }

    /// <summary>The subject of a clause whose participle ("…, adding that", "…, calling it") stands at
    /// <paramref name="participle"/>: the words before its first lower-case verb of saying or stance, or past tense.</summary>
    private static (int Start, int End)? ClauseSubject(string clause, int participle)
    {
        var offset = SubjectStart(clause);
        // ("President Trump, who appointed her in 2017, responded …, calling": not a verb of a relative clause set off by commas.)
        var aside = Regex.Match(clause[..participle], @",\s*(?:who|which|whose)\b[^,]*,");
        var verb = Word().Matches(clause[..participle]).FirstOrDefault(w => w.Index >= offset && char.IsLower(w.Value[0])
            && !(aside.Success && w.Index > aside.Index && w.Index < aside.Index + aside.Length)
            && (SaysOrFrames(w.Value) || Lexicon.Past(w.Value) || Lexicon.FiniteMarkers.Contains(w.Value))); // "Roe has been critical of it, calling it …", "Hale met the press and denied …"
        if (verb is null) return null;
        var subject = TrailingAdverbs().Replace(clause[offset..verb.Index], "");
        if (RelativeAside().Match(subject) is { Success: true } relative) subject = subject[..relative.Index]; // the name before it
        if (!EndsLikeSubject(subject) || Word().Matches(subject).Any(w => char.IsLower(w.Value[0]) && Lexicon.FiniteMarkers.Contains(w.Value))) return null;
        return (offset, offset + subject.Length);
    }

    /// <summary>"…, officials said, …" and "…, Roberts said." — the cue set off by commas.</summary>
    private static Found? Parenthetical(SpeakerPhrases phrases, string text, int start, int end)
    {
        var clause = text[start..end];
        // A comma between digits ("$300,000") sets nothing off.
        int Comma(int from)
        {
            var i = clause.IndexOf(',', from);
            while (i > 0 && i + 1 < clause.Length && char.IsDigit(clause[i - 1]) && char.IsDigit(clause[i + 1])) i = clause.IndexOf(',', i + 1);
            return i;
        }
        for (var comma = Comma(0); comma >= 0; comma = Comma(comma + 1))
        {
            // The cue runs from the comma to the next comma or the clause's end: a subject, a report verb, a short tail.
            var next = Comma(comma + 1);
            var segmentEnd = next < 0 ? clause.Length : next;
            // (", they said Sunday — murder carrying …": a dash ends the cue too.)
            if (clause.IndexOf(" \u2014 ", comma + 1, StringComparison.Ordinal) is > 0 and var dash && dash < segmentEnd) segmentEnd = dash;
            var words = Word().Matches(clause, comma + 1).TakeWhile(w => w.Index < segmentEnd).Take(14).ToList();
            if (words.Count < 2) continue; // ", ," or ", [...]," holds no cue
            if (AccordingAnywhere.Match(clause, comma + 1, segmentEnd - comma - 1) is { Success: true } according
                && clause.AsSpan(comma + 1, according.Index - comma - 1).IsWhiteSpace()) continue; // ", according to government reports," (AccordingTo reads those)
            // "…, argued the government's lawyer, Richard Keen.": the verb before its subject, which runs to the clause's end.
            // (", accusing the network of …" is a participle, no inverted verb.)
            // (", reported officials, with 25 others injured": a verb that may take an object, when a short source follows it.)
            if (char.IsLower(words[0].Value[0]) && Lexicon.ReportVerbs.Contains(words[0].Value) && !words[0].Value.EndsWith("ing", StringComparison.Ordinal)
                && (!Lexicon.ObjectVerbs.Contains(words[0].Value) || words.Count <= 5 && !char.IsDigit(words[1].Value[0])
                    && words[1].Value.ToLowerInvariant() is not ("a" or "an" or "his" or "her" or "its" or "their" or "our" or "this" or "that" or "no"))
                && Inverted(words[0]) is { } inverted) return inverted;
            var v = words.FindIndex(1, w => char.IsLower(w.Value[0]) && Lexicon.ReportVerbs.Contains(w.Value));
            if (v < 0 || IsNoun(words[v - 1].Value, words[v].Value)) continue; // not "to hold the post"
            // ("…, CNN Philippines reported the governor said.": the one who said it, as the outlet reported.)
            var from = 0;
            if (words.FindIndex(v + 1, w => char.IsLower(w.Value[0]) && Lexicon.ReportVerbs.Contains(w.Value)) is var inner and > 0 && inner - v is >= 3 and <= 5
                && Lexicon.Determiners.Contains(words[v + 1].Value) && words.Skip(v + 1).Take(inner - v - 1).All(w => !Lexicon.FiniteMarkers.Contains(w.Value)))
                (from, v) = (v + 1, inner);
            if (segmentEnd - (words[v].Index + words[v].Length) > 40) continue;
            // "Kurtzer announced his intentions to …": a verb with an object is no cue set off by commas.
            if (Lexicon.ObjectVerbs.Contains(words[v].Value) && v + 1 < words.Count && Lexicon.Determiners.Contains(words[v + 1].Value)) continue;
            if (v + 1 < words.Count && words[v + 1].Value is "him" or "them" or "us" or "me") continue; // ", the House confirmed him,"
            var subject = words.Skip(from).Take(v - from).ToList();
            // ", investigators have said,": the auxiliary of the verb's tense is no part of its subject.
            if (subject.Count > 1 && subject[^1].Value is "has" or "have" or "had") subject.RemoveAt(subject.Count - 1);
            // (", far from where the Navy's records predicted it would be": a clause of place, no cue.)
            if (subject.Any(w => char.IsLower(w.Value[0]) && (Lexicon.FiniteMarkers.Contains(w.Value) || w.Value is "where" or "what" or "how"))
                || Lexicon.ClauseOpeners.Contains(subject[0].Value)
                || clause[(comma + 1)..words[v].Index].IndexOfAny([';', '"', '\u201C', '\u201D']) >= 0) continue;
            // "Offering his condolence, X wrote": a participle phrase before the comma reports nothing; nor does a question
            // put to the speaker ("Asked whether he would resign, Hale replied: …").
            if (Word().Match(clause) is { Success: true } opener && opener.Index < comma && (opener.Value.EndsWith("ing", StringComparison.Ordinal)
                    && !Word().Matches(clause[..comma]).Any(w => Lexicon.FiniteOrPast(w.Value))
                    || opener.Value is "Asked" or "Pressed" or "Questioned" or "When")) continue;
            // "In August 2025, Roe announced $300,000 …": a date before the comma is no reported clause.
            if (Word().Matches(clause[..comma]).All(w => Lexicon.Calendar.Contains(w.Value) || char.IsDigit(w.Value[0])
                    || Lexicon.Prepositions.Contains(w.Value.ToLowerInvariant()) || w.Value is "Early" or "Late" or "early" or "late")) continue;
            // ("State prosecutors charged him with murder, they said": "they" after a clause whose subject is a group is that group.)
            var cue = subject is [{ Value: "they" }] && ClauseSubject(clause[..comma], comma) is { } contentSubject
                      && Read(phrases, start + contentSubject.Start, start + contentSubject.End, words[v].Value, 0.8, QuoteRule.ReportedParenthetical) is
                          { Match.Rule: SpeakerRule.Anonymous, Match.Speakers: [{ Name: var group }] } groupCue && group.EndsWith('s')
                ? groupCue
                : Read(phrases, start + subject[0].Index, start + subject[^1].Index + subject[^1].Length, words[v].Value, 0.85, QuoteRule.ReportedParenthetical);
            if (cue is null) continue;
            // "…, officials said, will reopen" goes on; "…, officials said, adding that …" or "…, rejecting calls" does not.
            // (A gerund that has a verb goes on: "…, scientists say, containing it may require …".)
            var goesOn = next >= 0 && next + 1 < clause.Length && Word().Match(clause, next) is { Success: true } after
                && !(after.Value.EndsWith("ing", StringComparison.Ordinal) && (ParticipleCue().IsMatch(clause[next..])
                     || !Word().Matches(clause, after.Index + after.Length).TakeWhile(w => !Lexicon.Subordinators.Contains(w.Value))
                         .Any(w => Lexicon.FiniteMarkers.Contains(w.Value))));
            // "In an interview with NPR, Tom Hale said: …": a phrase opened by a preposition, with no verb, is no reported clause
            // ("At 2:45 a.m., his office said, he died …" goes on past the cue and is one).
            if (!goesOn && Word().Match(clause) is { Success: true } first && first.Index < comma && Lexicon.Prepositions.Contains(first.Value.ToLowerInvariant())
                && !Word().Matches(clause[..comma]).Any(w => Lexicon.FiniteOrPast(w.Value) && !w.Value.Contains('-'))) continue; // ("a live-streamed statement")
            // ("However, addressing the leaders, Hale proposed:": words with no verb before the cue report nothing.)
            if (!goesOn && !Word().Matches(clause[..comma]).Any(w => Lexicon.FiniteOrPast(w.Value) || Lexicon.ReportVerbs.Contains(w.Value))) continue;
            return goesOn ? Make(text, start, end, cue) : Make(text, start, start + comma, cue);

            Found? Inverted(Match verb)
            {
                var from = verb.Index + verb.Length;
                // ("…, stated Minister Moammar al-Eryani, and was left outside": the subject ends at the next comma.)
                // (", reported officials, with 25 others injured": nor does a phrase opened by "with".)
                var subject = clause[from..(next > 0 && (Word().Matches(clause, next).Take(12).Any(w => Lexicon.FiniteMarkers.Contains(w.Value))
                                                         || Word().Match(clause, next).Value is "with") ? next : clause.Length)]
                    .TrimEnd(' ', '.', ';', '!', '?');
                var subjectWords = Word().Matches(subject).ToList();
                var reported = Word().Matches(clause[..comma]).ToList();
                if (subjectWords.Count is 0 or > 12 || reported.Count < 4 || !reported.Any(w => Lexicon.FiniteOrPast(w.Value))
                    || subjectWords.Any(w => char.IsLower(w.Value[0]) && (Lexicon.FiniteMarkers.Contains(w.Value) || Lexicon.ReportVerbs.Contains(w.Value)))
                    // ("…, revealed Trump downplayed the virus": a name and a verb in the past make a clause, not a subject.)
                    || subjectWords.Skip(1).Where((w, k) => char.IsLower(w.Value[0]) && Lexicon.Past(w.Value) && char.IsUpper(subjectWords[k].Value[0])
                                                              && !Lexicon.Determiners.Contains(subjectWords[k].Value.ToLowerInvariant())).Any()
                    || subject.IndexOfAny(['"', '\u201C', '\u201D', ':']) >= 0) return null;
                var lead = subject.Length - subject.TrimStart().Length;
                return Read(phrases, start + from + lead, start + from + subject.Length, verb.Value, 0.85, QuoteRule.ReportedParenthetical) is { } found
                    ? Make(text, start, start + comma, found) : null;
            }
        }
        return null;
    }
}
