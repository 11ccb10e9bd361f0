using System.ComponentModel.DataAnnotations;
using Attribution.Api.Infrastructure;
using Attribution.Api.Quotes;
using FluentValidation;

namespace Attribution.Api.Search;

/// <summary>Query of <c>GET /quotes/search</c>.</summary>
public sealed record SearchQuery
{
    /// <summary>The text going around: a whole quote or a fragment of it, as altered as it may be (at least 3 words).</summary>
    [Required]
    public string? Text { get; init; }
    /// <summary>Only quotes of this speaker.</summary>
    public long? SpeakerId { get; init; }
    /// <summary>Said on or after this day (the article's publication day, in UTC, when the quote has no date).</summary>
    public DateOnly? From { get; init; }
    /// <summary>Said on or before this day.</summary>
    public DateOnly? To { get; init; }
    /// <summary>How many results, 1 to 100 (default 10).</summary>
    public int? Limit { get; init; }
    /// <summary>Only results scoring at least this, 0 to 1 (default 0: every result, weak ones too).</summary>
    public double? MinScore { get; init; }
}

public sealed class SearchQueryValidator : AbstractValidator<SearchQuery>
{
    public const int MinWords = 3;

    public SearchQueryValidator()
    {
        RuleFor(q => q.Text).NotEmpty().WithMessage("'text' is required: paste the words going around.").MaximumLength(10_000);
        RuleFor(q => q.Text).Must(t => QuoteText.NormalizeText(t!).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinWords)
            .When(q => !string.IsNullOrWhiteSpace(q.Text))
            .WithMessage($"'text' needs at least {MinWords} words to be told apart from other quotes.");
        RuleFor(q => q.Limit).InclusiveBetween(1, 100);
        RuleFor(q => q.MinScore).InclusiveBetween(0, 1);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'to' must not be before 'from'.");
    }
}

public enum MatchKind
{
    /// <summary>The same words, in order, after folding case, punctuation, quote marks and white space.</summary>
    Exact,
    /// <summary>Close (score 0.6 or more), with words dropped, added, replaced, reordered or misspelt: very likely the
    /// same quote, worth checking word by word.</summary>
    Altered,
    /// <summary>Shares some words (score under 0.6): a lead to check, not evidence of the source.</summary>
    Weak,
}

/// <summary>A stored quote that matches the text searched for.</summary>
public sealed record SearchResult
{
    public required QuoteResponse Quote { get; init; }
    /// <summary>How closely the text matches, from 0 to 1.</summary>
    /// <example>0.87</example>
    public required double Score { get; init; }
    /// <example>altered</example>
    public required MatchKind Match { get; init; }
}

/// <summary>Where a quote (or a near-identical copy) appeared.</summary>
public sealed record Appearance
{
    public required QuoteResponse Quote { get; init; }
    /// <example>0.96</example>
    public required double Score { get; init; }
    /// <example>exact</example>
    public required MatchKind Match { get; init; }
    /// <summary>True when no speaker of this copy is a speaker of the quote asked about: a possible misattribution.</summary>
    /// <example>false</example>
    public required bool DifferentSpeaker { get; init; }
}

/// <summary>The answer of <c>GET /quotes/search</c>.</summary>
public sealed record SearchResponse(IReadOnlyList<SearchResult> Items)
{
    public IReadOnlyList<SearchResult> Items { get; init; } = Items;
}

/// <summary>The answer of <c>GET /quotes/{id}/appearances</c>: earliest article first.</summary>
public sealed record AppearancesResponse(IReadOnlyList<Appearance> Items)
{
    public IReadOnlyList<Appearance> Items { get; init; } = Items;
}
