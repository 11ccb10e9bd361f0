using System.Globalization;
using System.Text.Json.Serialization;
using Attribution.Api.Articles;
using Attribution.Api.Infrastructure;
using Attribution.Api.Quotes;
using Attribution.Api.Speakers;
using FluentValidation;

namespace Attribution.Api.Imports;

/// <summary>One line of an NDJSON import (and of an NDJSON export): a quote with its speaker(s) and article.</summary>
public sealed record ImportRecord
{
    /// <example>We will rebuild the bridge.</example>
    public string Text { get; init; } = "";
    /// <summary>direct (the default), partial or indirect.</summary>
    /// <example>direct</example>
    public QuoteKind? Kind { get; init; }
    /// <example>said</example>
    public string? Verb { get; init; }
    /// <example>2021-03-04</example>
    public DateOnly? SaidOn { get; init; }
    /// <summary>The speaker; or use <c>speakers</c> for several.</summary>
    public ImportSpeaker? Speaker { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ImportSpeaker[]? Speakers { get; init; }
    /// <summary>The affiliation as the article states it.</summary>
    /// <example>mayor of Springfield</example>
    public string? Affiliation { get; init; }
    public ImportArticle? Article { get; init; }

    [JsonIgnore]
    public IReadOnlyList<ImportSpeaker> AllSpeakers => Speakers ?? (Speaker is null ? [] : [Speaker]);
}

public sealed record ImportSpeaker
{
    /// <example>Jane Doe</example>
    public string Name { get; init; } = "";
    /// <summary>person (the default), organisation, group or anonymous.</summary>
    /// <example>person</example>
    public SpeakerKind? Kind { get; init; }
    /// <example>Q42</example>
    public string? WikidataId { get; init; }
    /// <summary>This speaker's role as the article states it.</summary>
    /// <example>mayor</example>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Role { get; init; }
}

public sealed record ImportArticle
{
    /// <example>https://example.com/news/bridge</example>
    public string Url { get; init; } = "";
    /// <example>The bridge will be rebuilt</example>
    public string? Title { get; init; }
    /// <summary>The outlet's name; matched ignoring case and accents, else created.</summary>
    /// <example>Springfield Shopper</example>
    public string? Outlet { get; init; }
    /// <example>2021-03-05T10:00:00Z</example>
    public DateTimeOffset? PublishedAt { get; init; }
}

public sealed class ImportRecordValidator : AbstractValidator<ImportRecord>
{
    public ImportRecordValidator()
    {
        RuleFor(r => r.Text).NotEmpty().Text(10_000);
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.Verb).Text(100);
        RuleFor(r => r.Affiliation).Text(500);
        RuleFor(r => r).Must(r => r.Speaker is null || r.Speakers is null).OverridePropertyName("speakers")
            .WithMessage("Give 'speaker' or 'speakers', not both.");
        RuleFor(r => r.AllSpeakers).Must(s => s.Count is > 0 and <= 20)
            .WithMessage("A quote needs a 'speaker' (or 1 to 20 'speakers').").OverridePropertyName("speaker");
        RuleForEach(r => r.AllSpeakers).ChildRules(speaker =>
        {
            speaker.RuleFor(s => s.Name).NotEmpty().Text(300);
            speaker.RuleFor(s => s.Kind).IsInEnum();
            speaker.RuleFor(s => s.WikidataId).Matches(SpeakerRules.WikidataPattern).WithMessage(SpeakerRules.WikidataMessage);
            speaker.RuleFor(s => s.WikidataId).Null().When(s => s.Kind == SpeakerKind.Anonymous)
                .WithMessage("An anonymous speaker cannot have a Wikidata id.");
            speaker.RuleFor(s => s.Role).Text(500);
        }).OverridePropertyName("speakers");
        RuleFor(r => r.Article).NotNull().WithMessage("'article' with its 'url' is required.");
        RuleFor(r => r.Article!.Url).Must(url => CanonicalUrl.TryNormalize(url, out _)).When(r => r.Article is not null)
            .WithMessage("'article.url' must be an absolute http or https URL.");
        RuleFor(r => r.Article!.Title).Text(1000).When(r => r.Article is not null);
        RuleFor(r => r.Article!.Outlet).Text(200).When(r => r.Article is not null);
    }
}

/// <summary>A line of Quotebank's quotation-centric files: one quotation with every URL it was found at.</summary>
public sealed record QuotebankRecord
{
    public string? QuoteId { get; init; }
    public string Quotation { get; init; } = "";
    /// <summary>The most likely speaker, or "None" when unattributed.</summary>
    public string? Speaker { get; init; }
    /// <summary>Wikidata ids of the people with the speaker's name; one means the speaker is known.</summary>
    public string[] Qids { get; init; } = [];
    /// <summary>"yyyy-MM-dd HH:mm:ss", the earliest date the quotation was seen.</summary>
    public string? Date { get; init; }
    public int? NumOccurrences { get; init; }
    public string[] Urls { get; init; } = [];

    /// <summary>One quote per URL, as the NDJSON format has them; an unattributed quotation has no speaker.</summary>
    public IEnumerable<ImportRecord> ToRecords() => Urls.Select(url => new ImportRecord
    {
        Text = Quotation, Kind = QuoteKind.Direct,
        SaidOn = DateTime.TryParse(Date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? DateOnly.FromDateTime(date) : null,
        Speakers = Speaker is null or "None" ? [] : [new ImportSpeaker { Name = Speaker, Kind = SpeakerKind.Person, WikidataId = Qids is [var qid] ? qid : null }],
        Article = new ImportArticle { Url = url },
    });
}

public sealed class QuotebankRecordValidator : AbstractValidator<QuotebankRecord>
{
    public QuotebankRecordValidator()
    {
        RuleFor(r => r.Quotation).NotEmpty().Text(10_000);
        RuleFor(r => r.Speaker).Text(300);
        RuleForEach(r => r.Qids).Matches(SpeakerRules.WikidataPattern).WithMessage(SpeakerRules.WikidataMessage);
        RuleFor(r => r.Urls).NotEmpty().WithMessage("'urls' must list at least one article.");
        RuleForEach(r => r.Urls).Must(url => CanonicalUrl.TryNormalize(url, out _)).WithMessage("'urls' must hold absolute http or https URLs.");
        RuleFor(r => r.Date).Must(d => d is null || DateTime.TryParse(d, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
            .WithMessage("'date' must be a date such as 2015-08-31 00:00:00.");
    }
}

/// <summary>What an import did.</summary>
public sealed record ImportSummary
{
    /// <example>1000</example>
    public required long Lines { get; init; }
    /// <summary>Quotes added; lines whose quote (same article, same text) was already stored add nothing.</summary>
    /// <example>998</example>
    public required long QuotesCreated { get; init; }
    /// <example>120</example>
    public required long ArticlesCreated { get; init; }
    /// <example>75</example>
    public required long SpeakersCreated { get; init; }
    /// <summary>Claims added (format=claimreview).</summary>
    /// <example>0</example>
    public long ClaimsCreated { get; init; }
    /// <summary>Fact-checks added (format=claimreview); one already stored for the same claim and URL is updated instead.</summary>
    /// <example>0</example>
    public long ReviewsCreated { get; init; }
}
