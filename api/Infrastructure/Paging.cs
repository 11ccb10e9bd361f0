using System.Buffers.Text;
using System.Text;
using FluentValidation;

namespace Attribution.Api.Infrastructure;

/// <summary>A page of a list and the opaque cursor of the next page (null on the last page).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor)
{
    public IReadOnlyList<T> Items { get; init; } = Items;
    /// <summary>Pass it back as <c>cursor</c> for the next page; null on the last page.</summary>
    /// <example>aWQ6MTI</example>
    public string? NextCursor { get; init; } = NextCursor;
}

/// <summary>Query parameters shared by every list: <c>limit</c> and <c>cursor</c>.</summary>
public interface IPageQuery
{
    int? Limit { get; }
    string? Cursor { get; }
}

/// <summary>The query of a list that has no filters of its own.</summary>
public sealed record PageQuery : IPageQuery
{
    /// <summary>Page size, 1 to 500 (default 50).</summary>
    public int? Limit { get; init; }
    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    public string? Cursor { get; init; }
}

public sealed class PageQueryValidator : AbstractValidator<PageQuery>
{
    public PageQueryValidator() => Include(new Paging.Rules());
}

/// <summary>Keyset paging over ids: each page asks for ids past the last one seen, never OFFSET.</summary>
public static class Paging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;
    private const string Prefix = "id:";

    public static int LimitOrDefault(this IPageQuery query) => query.Limit ?? DefaultLimit;

    /// <summary>The id the page continues after, or null for the first page (the cursor was validated before).</summary>
    public static long? After(this IPageQuery query) => query.Cursor is null ? null : Decode(query.Cursor);

    /// <summary>Builds a page from rows fetched with <c>limit + 1</c>: the extra row only says whether there is more.</summary>
    public static Page<T> ToPage<T>(this IReadOnlyList<T> rows, int limit, Func<T, long> key) =>
        rows.Count > limit
            ? new Page<T>(rows.Take(limit).ToList(), Encode(key(rows[limit - 1])))
            : new Page<T>(rows, null);

    public static string Encode(long id) => Base64Url.EncodeToString(Encoding.ASCII.GetBytes(Prefix + id));

    private static long? Decode(string cursor)
    {
        try
        {
            var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal) && long.TryParse(text.AsSpan(Prefix.Length), out var id) && id > 0
                ? id : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The paging rules every list validator includes.</summary>
    public sealed class Rules : AbstractValidator<IPageQuery>
    {
        public Rules()
        {
            RuleFor(q => q.Limit).InclusiveBetween(1, MaxLimit);
            RuleFor(q => q.Cursor).Must(c => c is null || Decode(c) is not null)
                .WithMessage("'cursor' is not a cursor this API issued; pass back nextCursor unchanged.");
        }
    }
}
