using Attribution.Api.Infrastructure;
using FluentValidation;

namespace Attribution.Api.Extraction;

/// <summary>An article's text to find quotes in.</summary>
public sealed record ExtractRequest
{
    /// <summary>The article text; offsets in the answer are Unicode code points into it.</summary>
    /// <example>“We are going to go back to a pre-9/11 state – a breeding ground for terrorism,” warned Michael McCaul, the ranking Republican member of the US House Foreign Affairs Committee.</example>
    public string Text { get; init; } = "";
    /// <summary>The headline: people it names in full help resolve a surname or "he" in the text.</summary>
    /// <example>Afghanistan under Taliban, good news for Islamist terrorist groups</example>
    public string? Title { get; init; }
    /// <summary>When the article was published: dates quotes whose sentence says "yesterday" or "on Friday".</summary>
    /// <example>2021-08-20T09:00:00Z</example>
    public DateTimeOffset? PublishedAt { get; init; }
    /// <summary>The text's BCP 47 language tag; when left out it is detected (<c>language</c> and <c>languageDetected</c>
    /// in the answer). The word lists cover English, French, German and Spanish; in any other language quotes are still
    /// found from quote marks and names, with a confidence of at most 0.5.</summary>
    /// <example>en</example>
    public string? Language { get; init; }
}

public sealed class ExtractRequestValidator : AbstractValidator<ExtractRequest>
{
    public const int MaxTextLength = 500_000;

    public ExtractRequestValidator()
    {
        RuleFor(r => r.Text).NotEmpty().Text(MaxTextLength);
        RuleFor(r => r.Title).Text(1000);
        RuleFor(r => r.Language).LanguageTag();
    }
}

/// <summary>The quotes found, in text order, and the language the text was read as.</summary>
public sealed record ExtractResponse
{
    public required IReadOnlyList<ExtractedQuote> Quotes { get; init; }
    /// <summary>The language given (the request's or the article's <c>language</c>) or, when none was, detected from the
    /// text: an ISO 639-1 code, or null when the text is too short to tell.</summary>
    /// <example>en</example>
    public required string? Language { get; init; }
    /// <summary>Whether <c>language</c> was detected from the text rather than given.</summary>
    /// <example>false</example>
    public required bool LanguageDetected { get; init; }

    public static ExtractResponse Of(IReadOnlyList<ExtractedQuote> quotes, TextLanguage language) =>
        new() { Quotes = quotes, Language = language.Tag, LanguageDetected = language.Detected };
}

/// <summary>Query of <c>POST /extract</c>.</summary>
public sealed record ExtractQuery
{
    /// <summary>Add to each quote the rules that found it and chose its speaker (<c>explanation</c>).</summary>
    public bool? Explain { get; init; }
}

/// <summary>Finds the attributed quotes in an article's text. Every endpoint that extracts (extract, articles/extract,
/// verify) takes it from dependency injection, so that another implementation (a learned ranker over the same
/// candidates) can replace the rules in one place.</summary>
public interface IQuoteExtractor
{
    /// <param name="text">The article text.</param>
    /// <param name="title">The headline, if any: people it names in full help resolve surnames and pronouns.</param>
    /// <param name="publishedAt">The publication date, if any: "yesterday" or "on Friday" in a quote's sentence date it.</param>
    /// <param name="language">The text's BCP 47 language, if known (<see cref="TextLanguages"/>): in a language the word
    /// lists do not cover, quotes are still found from marks and names, but their confidence stays under 0.9.</param>
    IReadOnlyList<ExtractedQuote> Extract(string text, string? title = null, DateTimeOffset? publishedAt = null, string? language = null);
}

/// <summary>Which rule found a quote.</summary>
public enum QuoteRule
{
    /// <summary>A cue after the quotation: "…," said X; "…," X said.</summary>
    CueAfter,
    /// <summary>A bare cue sentence after a quotation standing alone: "…." X said.</summary>
    CueNextSentence,
    /// <summary>A cue before the quotation in its clause: X said, "…"; X called it "…".</summary>
    CueBefore,
    /// <summary>A clause ending in a colon before the quotation: X spoke on television: "…".</summary>
    ColonCue,
    /// <summary>A subject and a verb of stance before a comma: X defended his decision, "…".</summary>
    StanceComma,
    /// <summary>A roundup line: Name, Outlet: "…".</summary>
    Roundup,
    /// <summary>A name before a colon opening a line, in a headline or transcript: Roe: "…".</summary>
    NameColon,
    /// <summary>A passive cue with its agent: described as "…" by X.</summary>
    PassiveAgent,
    /// <summary>"according to X" (selon, laut, según) next to the quotation.</summary>
    AccordingTo,
    /// <summary>No cue of its own: shares the cue of an earlier quotation of the same sentence.</summary>
    SharedInSentence,
    /// <summary>No cue of its own: a quote running on in the next sentence or paragraph continues the last speaker.</summary>
    RunOn,
    /// <summary>An answer of a Q&amp;A interview ("A: …", "Roe: …").</summary>
    Interview,
    /// <summary>A bullet after a cue line ending in a colon ("The minister said:").</summary>
    Bullet,
    /// <summary>A line of dialogue opened by a dash, its cue after a second dash ("—Vamos a ganar —dijo María López.").</summary>
    Dialogue,
    /// <summary>Reported speech: "X said (that) …", "X told Y that …".</summary>
    ReportedSubjectVerb,
    /// <summary>Reported speech: "according to X, …" or "…, according to X".</summary>
    ReportedAccordingTo,
    /// <summary>Reported speech after a participle: "X defended the plan, adding that …".</summary>
    ReportedParticiple,
    /// <summary>Reported speech with the cue set off by commas: "…, officials said."</summary>
    ReportedParenthetical,
    /// <summary>A quotation opening a paragraph after one that announces it: "X issued the following statement. …" "…".</summary>
    AnnouncedStatement,
}

/// <summary>Which rule chose a quote's speaker from the cue's words.</summary>
public enum SpeakerRule
{
    /// <summary>A full name in the cue.</summary>
    FullName,
    /// <summary>A surname of a person the text named in full before.</summary>
    KnownSurname,
    /// <summary>A surname nobody was named with in full.</summary>
    UnknownSurname,
    /// <summary>"he", "she": the latest person named before whose gender fits.</summary>
    Pronoun,
    /// <summary>"they": the people named together in the sentence before.</summary>
    GroupPronoun,
    /// <summary>"it", "they": the organisation named last.</summary>
    OrganisationPronoun,
    /// <summary>"the minister": the latest person named with that title.</summary>
    Role,
    /// <summary>An organisation's name or description.</summary>
    Organisation,
    /// <summary>The description of an unnamed source: "officials".</summary>
    Anonymous,
    /// <summary>An unnamed person of an organisation: "a spokeswoman for the ministry".</summary>
    AnonymousOfOrganisation,
    /// <summary>The interviewee of a Q&amp;A: the person the text names most.</summary>
    Interviewee,
    /// <summary>A description of someone named before: "the 54-year-old" (the person named last), "the agency" (the
    /// organisation named last, of that kind), "the statement" (whoever the text says issued it).</summary>
    Anaphor,
}

/// <summary>The rules behind one extracted quote.</summary>
public sealed record ExtractionExplanation(QuoteRule Rule, SpeakerRule Speaker)
{
    /// <summary>The rule that found the quote and its cue.</summary>
    /// <example>cueAfter</example>
    public QuoteRule Rule { get; init; } = Rule;
    /// <summary>The rule that chose the speaker from the cue's words.</summary>
    /// <example>fullName</example>
    public SpeakerRule Speaker { get; init; } = Speaker;
}

/// <summary>Query of <c>POST /articles/{id}/extract</c>.</summary>
public sealed record ArticleExtractQuery
{
    /// <summary>Store the quotes found (speakers matched or created as in POST /quotes); quotes already stored at the same place are kept, not added again.</summary>
    public bool? Save { get; init; }
}
