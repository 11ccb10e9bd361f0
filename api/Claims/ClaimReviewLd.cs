using System.Globalization;
using System.Text.Json.Nodes;
using Attribution.Api.Articles;
using Attribution.Api.Speakers;

namespace Attribution.Api.Claims;

/// <summary>
/// schema.org ClaimReview as JSON-LD, the markup fact-checkers publish and Google reads: out of a stored review (every
/// field Google's fact-check markup requires or recommends), and in from a publisher's feed (one object a line).
/// </summary>
public static class ClaimReviewLd
{
    public const string MediaType = "application/ld+json";

    /// <summary>The ClaimReview of <paramref name="review"/> on <paramref name="claim"/>.</summary>
    public static JsonObject Write(ClaimResponse claim, FactCheckResponse review)
    {
        static JsonObject Work(ClaimAppearance a) => new()
        {
            ["@type"] = "CreativeWork", ["url"] = a.Url, ["headline"] = a.Title, ["datePublished"] = a.PublishedAt?.ToString("yyyy-MM-dd"),
            ["publisher"] = a.Outlet is null ? null : new JsonObject { ["@type"] = "Organization", ["name"] = a.Outlet },
        };
        var item = new JsonObject { ["@type"] = "Claim" };
        if (claim.Claimants.FirstOrDefault() is { } author)
            item["author"] = new JsonObject
            {
                ["@type"] = author.Kind == SpeakerKind.Person ? "Person" : "Organization", ["name"] = author.Name,
                ["sameAs"] = author.WikidataId is null ? null : $"https://www.wikidata.org/wiki/{author.WikidataId}",
            };
        if (claim.FirstAppearance is { } first)
        {
            item["datePublished"] = first.PublishedAt?.ToString("yyyy-MM-dd");
            item["firstAppearance"] = Work(first);
        }
        item["appearance"] = new JsonArray(claim.Appearances.Select(a => (JsonNode)Work(a)).ToArray());

        var rating = new JsonObject { ["@type"] = "Rating", ["alternateName"] = review.TextualRating };
        if (review.RatingValue is { } value) rating["ratingValue"] = value;
        if (review.BestRating is { } best) rating["bestRating"] = best;
        if (review.WorstRating is { } worst) rating["worstRating"] = worst;

        var document = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ClaimReview",
            ["url"] = review.Url,
            ["name"] = review.Title,
            ["datePublished"] = review.ReviewDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["inLanguage"] = review.Language ?? claim.Language,
            ["author"] = new JsonObject
            {
                ["@type"] = "Organization", ["name"] = review.Publisher.Name,
                ["url"] = review.Publisher.Domain is null ? null : $"https://{review.Publisher.Domain}",
            },
            ["claimReviewed"] = claim.Text,
            ["itemReviewed"] = item,
            ["reviewRating"] = rating,
            ["reviewBody"] = review.Explanation,
        };
        foreach (var key in document.Where(p => p.Value is null).Select(p => p.Key).ToList()) document.Remove(key);
        return document;
    }

    /// <summary>A ClaimReview read from a feed: the claim, its claimant, its appearances and the review.</summary>
    public sealed record Parsed(string ClaimReviewed, string? Language, string? ClaimantName, SpeakerKind ClaimantKind, string? ClaimantWikidataId,
        IReadOnlyList<(string Url, string? Headline, DateTimeOffset? Published)> Appearances, string PublisherName, string? PublisherDomain,
        FactCheckRequest Review);

    /// <summary>Reads one ClaimReview object; the reasons it cannot be imported otherwise.</summary>
    public static (Parsed? Value, string[] Errors) Read(JsonNode? node)
    {
        var errors = new List<string>();
        if (node is not JsonObject review) return (null, ["the line is not a JSON object."]);
        string? Text(JsonNode? n) => n is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
        int? Number(JsonNode? n) => n is JsonValue v
            ? v.TryGetValue<int>(out var i) ? i : v.TryGetValue<double>(out var d) && d == Math.Floor(d) ? (int)d
            : v.TryGetValue<string>(out var s) && int.TryParse(s, CultureInfo.InvariantCulture, out var p) ? p : null : null;
        JsonNode? One(JsonNode? n) => n is JsonArray a ? a.FirstOrDefault() : n;

        if (Text(review["@type"]) is { } type && type != "ClaimReview") errors.Add($"@type: '{type}' is not ClaimReview.");
        var claimReviewed = Text(review["claimReviewed"]);
        if (claimReviewed is null) errors.Add("claimReviewed: the claim's text is required.");
        else if (claimReviewed.Length > 2000) errors.Add("claimReviewed: at most 2000 characters.");
        var url = Text(review["url"]);
        if (url is null) errors.Add("url: the fact-check's https URL is required.");
        var author = One(review["author"]);
        var publisherName = Text(author?["name"]) ?? Text(author);
        if (publisherName is null) errors.Add("author.name: the fact-checking organisation is required.");
        var publisherUrl = Text(author?["url"]);
        var domain = publisherUrl is not null && Uri.TryCreate(publisherUrl, UriKind.Absolute, out var site) ? Outlets.OutletRequest.NormalizeDomain(site.Host)
            : url is not null && Uri.TryCreate(url, UriKind.Absolute, out var page) ? Outlets.OutletRequest.NormalizeDomain(page.Host) : null;
        var date = Text(review["datePublished"]);
        DateOnly reviewDate = default;
        if (date is null || !DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var published))
            errors.Add("datePublished: the review's date (YYYY-MM-DD) is required.");
        else reviewDate = DateOnly.FromDateTime(published.UtcDateTime);
        var rating = One(review["reviewRating"]);
        var textual = Text(rating?["alternateName"]) ?? Text(rating?["name"]);
        if (textual is null) errors.Add("reviewRating.alternateName: the verdict in words is required.");

        var item = One(review["itemReviewed"]);
        var claimant = One(item?["author"]);
        var claimantName = Text(claimant?["name"]) ?? Text(claimant);
        var claimantKind = Text(claimant?["@type"]) is "Organization" or "GovernmentOrganization" or "NewsMediaOrganization"
            ? SpeakerKind.Organisation : SpeakerKind.Person;
        var sameAs = (claimant?["sameAs"] is JsonArray links ? links.Select(Text) : [Text(claimant?["sameAs"])])
            .OfType<string>().Select(link => link.Split('/')[^1]).FirstOrDefault(id => System.Text.RegularExpressions.Regex.IsMatch(id, SpeakerRules.WikidataPattern));
        var appearances = new List<(string, string?, DateTimeOffset?)>();
        foreach (var work in (item?["appearance"] is JsonArray list ? list.ToList() : [item?["appearance"]]).Append(item?["firstAppearance"]))
        {
            var link = Text(work?["url"]) ?? Text(work);
            if (link is null) continue;
            if (!CanonicalUrl.TryNormalize(link, out var canonical)) errors.Add($"itemReviewed.appearance: '{link}' is not an http(s) URL.");
            else if (appearances.All(a => a.Item1 != canonical))
                appearances.Add((canonical, Text(work?["headline"]) ?? Text(work?["name"]),
                    Text(work?["datePublished"]) is { } when && DateTimeOffset.TryParse(when, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null));
        }
        if (errors.Count > 0) return (null, errors.ToArray());

        var request = new FactCheckRequest
        {
            Url = url!, Title = Text(review["name"]) ?? Text(review["headline"]), Author = Text(One(review["reviewer"])?["name"]),
            ReviewDate = reviewDate, TextualRating = textual!, RatingValue = Number(rating?["ratingValue"]),
            BestRating = Number(rating?["bestRating"]), WorstRating = Number(rating?["worstRating"]),
            Explanation = Text(review["reviewBody"]), Language = Text(review["inLanguage"]),
        };
        return (new Parsed(claimReviewed!, Text(review["inLanguage"]), claimantName, claimantKind, sameAs, appearances, publisherName!, domain, request), []);
    }
}
