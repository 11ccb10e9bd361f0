using System.Text.Json.Serialization;
using Attribution.Api.Articles;
using Attribution.Api.Infrastructure;
using Attribution.Api.Quotes;
using FluentValidation;

namespace Attribution.Api.Verification;

/// <summary>A quote to check against what is on record.</summary>
public sealed record VerifyRequest
{
    /// <summary>The quote as it circulates.</summary>
    /// <example>We are going back to a pre-9/11 state, a breeding ground for terror</example>
    public string Text { get; init; } = "";
    /// <summary>Who it is said to be by: compared with the speakers the record credits.</summary>
    /// <example>Michael McCaul</example>
    public string? Speaker { get; init; }
    /// <summary>Check against this stored article (its text and its quotes) only.</summary>
    /// <example>1</example>
    public long? ArticleId { get; init; }
    /// <summary>Or against the stored article at this URL.</summary>
    /// <example>https://www.weeklyblitz.net/afghanistan-under-taliban-good-news-for-islamist-terrorist-groups</example>
    public string? Url { get; init; }
}

public sealed class VerifyRequestValidator : AbstractValidator<VerifyRequest>
{
    public VerifyRequestValidator()
    {
        RuleFor(r => r.Text).NotEmpty().Text(10_000);
        RuleFor(r => r.Text).Must(t => VerifyEndpoints.Words(t).Count >= 2).When(r => !string.IsNullOrWhiteSpace(r.Text))
            .WithMessage("'text' needs at least 2 words to be checked.");
        RuleFor(r => r.Speaker).Text(300);
        RuleFor(r => r.ArticleId).GreaterThan(0);
        RuleFor(r => r.Url).Must(u => CanonicalUrl.TryNormalize(u, out _)).When(r => r.Url is not null)
            .WithMessage("'url' must be an absolute http(s) URL.");
        RuleFor(r => r.Url).Null().When(r => r.ArticleId is not null).WithMessage("Give 'articleId' or 'url', not both.");
    }
}

public enum Verdict
{
    /// <summary>The same words as on record, after folding quote marks, case, punctuation and white space.</summary>
    Verbatim,
    /// <summary>Close to words on record, with words added, dropped or changed (see <c>diff</c>).</summary>
    Altered,
    /// <summary>The words are on record (verbatim or altered) but credited to someone other than <c>speaker</c>.</summary>
    Misattributed,
    /// <summary>Nothing on record comes close.</summary>
    [JsonStringEnumMemberName("not_found")]
    NotFound,
}

public enum DiffStep
{
    /// <summary>The same word in both.</summary>
    Same,
    /// <summary>The checked text has this word where the source has <c>source</c>.</summary>
    Changed,
    /// <summary>In the checked text, not in the source.</summary>
    Added,
    /// <summary>In the source, left out of the checked text.</summary>
    Dropped,
}

/// <summary>One word of the diff between the checked text and the source.</summary>
public sealed record DiffWord
{
    /// <example>changed</example>
    public required DiffStep Op { get; init; }
    /// <summary>The word in the checked text (null for a dropped word).</summary>
    /// <example>terror</example>
    public string? Text { get; init; }
    /// <summary>The word in the source (null for an added word).</summary>
    /// <example>terrorism</example>
    public string? Source { get; init; }
}

/// <summary>The article the match is in.</summary>
public sealed record VerifiedArticle
{
    /// <example>1</example>
    public required long Id { get; init; }
    /// <example>https://www.weeklyblitz.net/afghanistan-under-taliban-good-news-for-islamist-terrorist-groups</example>
    public required string Url { get; init; }
    /// <example>Afghanistan under Taliban, good news for Islamist terrorist groups</example>
    public string? Title { get; init; }
}

/// <summary>A span of an article's body in Unicode code points, end exclusive.</summary>
public sealed record MatchedSpan
{
    /// <example>6465</example>
    public required int Start { get; init; }
    /// <example>6543</example>
    public required int End { get; init; }
}

/// <summary>The answer of <c>POST /quotes/verify</c>.</summary>
public sealed record VerifyResponse
{
    /// <example>altered</example>
    public required Verdict Verdict { get; init; }
    /// <summary>How close the best match is, 0 to 1 (1 for the same words).</summary>
    /// <example>0.83</example>
    public required double Score { get; init; }
    /// <summary>Word by word, the checked text against the best match (empty when not found).</summary>
    public required IReadOnlyList<DiffWord> Diff { get; init; }
    /// <summary>The stored quotes that match, best first.</summary>
    public required IReadOnlyList<QuoteResponse> Quotes { get; init; }
    /// <summary>The article of the best match.</summary>
    public VerifiedArticle? Article { get; init; }
    /// <summary>Where the matched words are in the article's body, in Unicode code points.</summary>
    public MatchedSpan? Span { get; init; }
    /// <summary>Whom the record credits with the words.</summary>
    /// <example>["Michael McCaul"]</example>
    public required IReadOnlyList<string> CreditedTo { get; init; }
}
