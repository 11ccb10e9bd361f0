using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Attribution.Api.Infrastructure;

/// <summary>
/// Optimistic concurrency: a resource's ETag is its row version (PostgreSQL's xmin). PATCH and DELETE with an
/// If-Match that no longer matches get 412 and change nothing.
/// </summary>
public static class ETags
{
    public static string For(long version) => $"\"{version}\"";

    public static void Set(HttpResponse response, long version) => response.Headers.ETag = For(version);

    /// <summary>True when the request has no If-Match, or one that matches the version (or is *).</summary>
    public static bool IfMatchAllows(HttpRequest request, long version)
    {
        var values = request.Headers.IfMatch;
        if (values.Count == 0) return true;
        var current = new EntityTagHeaderValue(For(version));
        return EntityTagHeaderValue.TryParseList(values, out var tags)
               && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: true));
    }

    public static ProblemHttpResult PreconditionFailed(string resource, long id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "The resource has changed",
            detail: $"The {resource} {id} has changed since the If-Match ETag was read; GET it again and reapply the change.");
}
