using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Attribution.Api.Infrastructure;
using Attribution.Api.Speakers;
using FluentValidation;

namespace Attribution.Api.Quotes;

public enum QuoteKind
{
    /// <summary>A whole quoted sentence.</summary>
    Direct,
    /// <summary>A quoted fragment inside the writer's own sentence.</summary>
    Partial,
    /// <summary>Reported speech ("X said that ..."); the text is the reported content.</summary>
    Indirect,
}

/// <summary>Where a quote stands in editorial review.</summary>
public enum ReviewStatus
{
    /// <summary>Not yet checked against its source (every new quote).</summary>
    Unverified,
    /// <summary>An editor checked it against the source and it holds.</summary>
    Verified,
    /// <summary>An editor checked it and doubts the words or the attribution.</summary>
    Disputed,
}

/// <summary>A new quote, or (through PATCH, as a JSON merge patch) the fields to change.</summary>
public sealed record QuoteRequest
{
    /// <summary>The article the quote appeared in.</summary>
    /// <example>1</example>
    public long ArticleId { get; init; }
    /// <summary>The words attributed, as the article prints them.</summary>
    /// <example>Warlords will play an active role in the future of Afghanistan.</example>
    [Required]
    public string Text { get; init; } = "";
    /// <example>direct</example>
    public QuoteKind Kind { get; init; } = QuoteKind.Direct;
    /// <summary>The cue verb: "said", "argued", "according to".</summary>
    /// <example>said</example>
    public string? Verb { get; init; }
    /// <summary>Start of the quote in the article body, in Unicode code points; filled in when omitted.</summary>
    /// <example>5384</example>
    public int? Start { get; init; }
    /// <summary>End of the quote (exclusive), in Unicode code points.</summary>
    /// <example>5791</example>
    public int? End { get; init; }
    /// <summary>The speaker's affiliation as the article states it.</summary>
    /// <example>author of a book on Afghan warlords</example>
    public string? StatedAffiliation { get; init; }
    /// <summary>When it was said, if the article tells.</summary>
    /// <example>2021-09-01</example>
    public DateOnly? SaidOn { get; init; }
    /// <summary>One or more speakers, each by id or inline.</summary>
    public QuoteSpeakerRequest[] Speakers { get; init; } = [];
}

/// <summary>A speaker of a quote: <c>{id}</c>, or inline <c>{name, kind, wikidataId}</c> matched to a stored speaker
/// by Wikidata id, then by exact name or alias, else created. <c>role</c> and <c>mention</c> describe this quote.</summary>
public sealed record QuoteSpeakerRequest : ISpeakerReference
{
    /// <example>7</example>
    public long? Id { get; init; }
    /// <example>Romain Malejacq</example>
    public string? Name { get; init; }
    /// <example>person</example>
    public SpeakerKind? Kind { get; init; }
    /// <example>Q42</example>
    public string? WikidataId { get; init; }
    /// <summary>The speaker's role or affiliation as the article states it for this quote.</summary>
    /// <example>author of a book on Afghan warlords</example>
    public string? Role { get; init; }
    /// <summary>How the article refers to the speaker at the cue: "he", "the minister", a surname.</summary>
    /// <example>Malejacq</example>
    public string? Mention { get; init; }
}

public sealed class QuoteRequestValidator : AbstractValidator<QuoteRequest>
{
    public QuoteRequestValidator()
    {
        RuleFor(q => q.ArticleId).GreaterThan(0);
        RuleFor(q => q.Text).NotEmpty().Text(10_000);
        RuleFor(q => q.Kind).IsInEnum();
        RuleFor(q => q.Verb).Text(100);
        RuleFor(q => q.Start).GreaterThanOrEqualTo(0);
        RuleFor(q => q.Start).NotNull().When(q => q.End is not null).WithMessage("'start' and 'end' go together.");
        RuleFor(q => q.End).NotNull().When(q => q.Start is not null).WithMessage("'start' and 'end' go together.");
        RuleFor(q => q.End).GreaterThan(q => q.Start).When(q => q.Start is not null && q.End is not null);
        RuleFor(q => q.StatedAffiliation).Text(500);
        RuleFor(q => q.Speakers).NotEmpty().WithMessage("A quote needs at least one speaker.")
            .Must(s => s.Length <= 20).WithMessage("A quote can have at most 20 speakers.");
        RuleForEach(q => q.Speakers).SetValidator(new QuoteSpeakerRequestValidator());
    }
}

public sealed class QuoteSpeakerRequestValidator : AbstractValidator<QuoteSpeakerRequest>
{
    public QuoteSpeakerRequestValidator()
    {
        RuleFor(s => s).Must(s => (s.Id is null) != (s.Name is null)).WithName("speaker").OverridePropertyName("")
            .WithMessage("Give a speaker either by 'id' or inline by 'name', not both.");
        RuleFor(s => s.Id).GreaterThan(0);
        RuleFor(s => s.Name).NotEmpty().Text(300).When(s => s.Name is not null);
        RuleFor(s => s.Kind).IsInEnum();
        RuleFor(s => s.Kind).Null().When(s => s.Id is not null).WithMessage("'kind' goes with an inline speaker, not with 'id'.");
        RuleFor(s => s.WikidataId).Matches(SpeakerRules.WikidataPattern).WithMessage(SpeakerRules.WikidataMessage);
        RuleFor(s => s.WikidataId).Null().When(s => s.Id is not null || s.Kind == SpeakerKind.Anonymous)
            .WithMessage("'wikidataId' goes with a named inline speaker.");
        RuleFor(s => s.Role).Text(500);
        RuleFor(s => s.Mention).Text(200);
    }
}

/// <summary>The article a quote appeared in, embedded in every quote.</summary>
public sealed record QuoteArticle
{
    /// <example>1</example>
    public required long Id { get; init; }
    /// <example>Afghanistan under Taliban, good news for Islamist terrorist groups</example>
    public string? Title { get; init; }
    /// <example>https://www.weeklyblitz.net/afghanistan-under-taliban-good-news-for-islamist-terrorist-groups</example>
    public required string Url { get; init; }
    public QuoteOutlet? Outlet { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
}

public sealed record QuoteOutlet
{
    /// <example>1</example>
    public required long Id { get; init; }
    /// <example>BLiTZ</example>
    public required string Name { get; init; }
}

/// <summary>A speaker of a quote as embedded in it.</summary>
public sealed record QuoteSpeaker
{
    /// <example>7</example>
    public required long Id { get; init; }
    /// <example>Romain Malejacq</example>
    public required string Name { get; init; }
    /// <example>person</example>
    public required SpeakerKind Kind { get; init; }
    /// <example>Q42</example>
    public string? WikidataId { get; init; }
    /// <summary>The role given for this speaker in the request, if any.</summary>
    public string? Role { get; init; }
    /// <summary>The affiliation the article states: the speaker's role, else the quote's statedAffiliation.</summary>
    /// <example>author of a book on Afghan warlords</example>
    public string? StatedAffiliation { get; init; }
    /// <summary>The speaker's recorded affiliation on the day the quote was said (or the article published).</summary>
    public QuoteAffiliation? AffiliationAtTime { get; init; }
    /// <summary>How the article refers to the speaker at the cue.</summary>
    /// <example>Malejacq</example>
    public string? Mention { get; init; }
}

public sealed record QuoteAffiliation
{
    /// <example>Washington Institute for Near East Policy</example>
    public required string Organisation { get; init; }
    /// <example>Senior fellow</example>
    public string? Role { get; init; }
}

/// <summary>Who said what, where, when and in what capacity.</summary>
public sealed record QuoteResponse : IVersioned
{
    /// <example>12</example>
    public required long Id { get; init; }
    /// <example>1</example>
    public required long ArticleId { get; init; }
    public required QuoteArticle Article { get; init; }
    /// <example>Warlords will play an active role in the future of Afghanistan.</example>
    public required string Text { get; init; }
    /// <example>direct</example>
    public required QuoteKind Kind { get; init; }
    /// <example>said</example>
    public string? Verb { get; init; }
    /// <summary>Start in the article body, in Unicode code points; null when the article has no body or the span is unknown.</summary>
    /// <example>5384</example>
    public int? Start { get; init; }
    /// <summary>End (exclusive), in Unicode code points.</summary>
    /// <example>5791</example>
    public int? End { get; init; }
    /// <summary>W3C Web Annotation TextQuoteSelector: the span as printed with up to 32 code points of context.</summary>
    public TextQuoteSelector? Selector { get; init; }
    public string? StatedAffiliation { get; init; }
    public DateOnly? SaidOn { get; init; }
    public required IReadOnlyList<QuoteSpeaker> Speakers { get; init; }
    /// <summary>Editorial review status.</summary>
    /// <example>verified</example>
    public required ReviewStatus Status { get; init; }
    /// <summary>The last review; null until an editor reviews the quote.</summary>
    public QuoteReview? Review { get; init; }
    /// <summary>Set when the quote was retracted: it stays on record, out of default lists.</summary>
    public QuoteRetraction? Retraction { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    /// <summary>Row version behind the ETag.</summary>
    [JsonIgnore]
    public long Version { get; init; }
}

public sealed record QuoteReview
{
    /// <example>Checked against the outlet's page on 2021-09-06.</example>
    public string? Note { get; init; }
    /// <summary>The reviewing key's name.</summary>
    /// <example>Fact desk</example>
    public required string ReviewedBy { get; init; }
    public required DateTimeOffset ReviewedAt { get; init; }
}

public sealed record QuoteRetraction
{
    /// <example>Attributed to the wrong official; see correction of 2021-09-07.</example>
    public required string Reason { get; init; }
    /// <summary>The retracting key's name.</summary>
    /// <example>Standards editor</example>
    public required string RetractedBy { get; init; }
    public required DateTimeOffset RetractedAt { get; init; }
}

/// <summary>An editor's verdict on a quote after checking it against its source.</summary>
public sealed record ReviewRequest
{
    /// <example>verified</example>
    public ReviewStatus Status { get; init; }
    /// <example>Checked against the outlet's page on 2021-09-06.</example>
    public string? Note { get; init; }
}

public sealed class ReviewRequestValidator : AbstractValidator<ReviewRequest>
{
    public ReviewRequestValidator()
    {
        RuleFor(r => r.Status).IsInEnum();
        RuleFor(r => r.Note).Text(2000);
    }
}

/// <summary>Query of <c>DELETE /quotes/{id}</c>.</summary>
public sealed record RetractQuery
{
    /// <summary>Why the quote is retracted.</summary>
    [Required]
    public string? Reason { get; init; }
}

public sealed class RetractQueryValidator : AbstractValidator<RetractQuery>
{
    public RetractQueryValidator() =>
        RuleFor(r => r.Reason).NotEmpty().WithMessage("'reason' is required: say why the quote is retracted.").Text(2000);
}

/// <summary>Paging of a list of quotes under another resource.</summary>
public sealed record QuotePageQuery : IPageQuery
{
    /// <summary>Also list retracted quotes.</summary>
    public bool? IncludeRetracted { get; init; }
    /// <summary>Page size, 1 to 500 (default 50).</summary>
    public int? Limit { get; init; }
    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    public string? Cursor { get; init; }
}

public sealed class QuotePageQueryValidator : AbstractValidator<QuotePageQuery>
{
    public QuotePageQueryValidator() => Include(new Paging.Rules());
}

/// <summary>Query of <c>GET /quotes</c>: every filter is optional and they combine.</summary>
public sealed record QuoteListQuery : IPageQuery
{
    public long? SpeakerId { get; init; }
    public long? ArticleId { get; init; }
    public long? OutletId { get; init; }
    /// <summary>direct, partial or indirect.</summary>
    public string? Kind { get; init; }
    /// <summary>Said on or after this day (the article's publication day, in UTC, when the quote has no date).</summary>
    public DateOnly? From { get; init; }
    /// <summary>Said on or before this day.</summary>
    public DateOnly? To { get; init; }
    /// <summary>Full-text words, all of which must occur (web search syntax: "a phrase", -word, or).</summary>
    public string? Q { get; init; }
    /// <summary>Review status: unverified, verified or disputed.</summary>
    public string? Status { get; init; }
    /// <summary>Also list retracted quotes.</summary>
    public bool? IncludeRetracted { get; init; }
    /// <summary>Page size, 1 to 500 (default 50).</summary>
    public int? Limit { get; init; }
    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    public string? Cursor { get; init; }
}

public sealed class QuoteListQueryValidator : AbstractValidator<QuoteListQuery>
{
    public QuoteListQueryValidator()
    {
        Include(new Paging.Rules());
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'to' must not be before 'from'.");
        RuleFor(q => q.Q).NotEmpty().Text(1000).When(q => q.Q is not null);
        RuleFor(q => q.Kind).IsEnumName(typeof(QuoteKind), caseSensitive: false).WithMessage("'kind' must be direct, partial or indirect.");
        RuleFor(q => q.Status).IsEnumName(typeof(ReviewStatus), caseSensitive: false)
            .WithMessage("'status' must be unverified, verified or disputed.");
    }
}
