using System.Buffers.Binary;
using System.Collections.Frozen;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Attribution.Api.Search;

/// <summary>
/// The words of a text as search and verification compare them: runs of letters and digits, in lower case, without
/// accents ("Café" and "cafe" are one word). The folding of quote_words() in SQL (which the stored word pairs of a
/// quote come from), done here so that the 25 candidates of a search are not tokenised by regular expressions in the
/// database (two thirds of the candidate query's time at 200,000 quotes).
/// </summary>
public static partial class SearchWords
{
    /// <summary>A word: letters, digits, and the combining marks (accents typed as characters of their own) on them.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}\p{M}]+")]
    internal static partial Regex Pattern();

    public static string[] Of(string text)
    {
        var words = new List<string>(text.Length / 5);
        foreach (var match in Pattern().EnumerateMatches(text))
            if (Fold(text.AsSpan(match.Index, match.Length)) is { Length: > 0 } word) words.Add(word);
        return [.. words];
    }

    /// <summary>
    /// The word pairs of a text's words (<see cref="Of"/>) as quote_shingles() hashes them, for the candidate query: each
    /// two neighbouring words once stop words are left out, hashed as pair_hash() does (the first 32 bits of the MD5 of
    /// "first second", big-endian and signed), each once. Computed here, a search no longer runs the text through regular
    /// expressions in the database.
    /// </summary>
    public static int[] Shingles(IEnumerable<string> textWords)
    {
        var words = textWords.Where(w => !StopWords.Contains(w)).ToArray();
        var shingles = new HashSet<int>();
        Span<byte> hash = stackalloc byte[MD5.HashSizeInBytes];
        for (var i = 0; i + 1 < words.Length; i++)
        {
            MD5.HashData(Encoding.UTF8.GetBytes($"{words[i]} {words[i + 1]}"), hash);
            shingles.Add(BinaryPrimitives.ReadInt32BigEndian(hash));
        }
        return [.. shingles.Order()];
    }

    /// <summary>is_stop_word()'s words: too common to tell quotes apart by.</summary>
    private static readonly FrozenSet<string> StopWords = FrozenSet.Create(
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have", "he", "her", "his", "i",
        "if", "in", "into", "is", "it", "its", "me", "my", "no", "not", "of", "on", "or", "our", "s", "she", "so", "t", "that", "the",
        "their", "them", "then", "there", "they", "this", "to", "was", "we", "were", "what", "when", "which", "who", "will", "with",
        "would", "you", "your");

    /// <summary>A word in lower case without accents, each character replaced as PostgreSQL's unaccent replaces it (its
    /// rules file, embedded: the service runs with invariant globalization, where .NET does not decompose characters);
    /// combining marks dropped.</summary>
    public static string Fold(string word) => Fold(word.AsSpan());

    /// <summary><see cref="Fold(string)"/> of a span of a text: a word in ASCII is lowered straight into its string.</summary>
    private static string Fold(ReadOnlySpan<char> word)
    {
        if (Ascii.IsValid(word)) return string.Create(word.Length, word, (lowered, source) => Ascii.ToLower(source, lowered, out _));
        var folded = new StringBuilder(word.Length);
        foreach (var rune in word.EnumerateRunes())
        {
            if (Unaccent.TryGetValue(rune.Value, out var replacement)) folded.Append(replacement);
            else if (Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                     or UnicodeCategory.EnclosingMark)) folded.Append(rune.ToString());
        }
        return folded.ToString().ToLowerInvariant();
    }

    /// <summary>PostgreSQL's unaccent.rules (PostgreSQL Licence): a character, a tab and its replacement, or a character
    /// alone to drop it.</summary>
    private static readonly FrozenDictionary<int, string> Unaccent = LoadUnaccent();

    private static FrozenDictionary<int, string> LoadUnaccent()
    {
        using var reader = new StreamReader(typeof(SearchWords).Assembly.GetManifestResourceStream("unaccent.rules")!);
        var rules = new Dictionary<int, string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var tab = line.IndexOf('\t');
            var key = tab < 0 ? line : line[..tab];
            rules[Rune.GetRuneAt(key, 0).Value] = tab < 0 ? "" : line[(tab + 1)..];
        }
        return rules.ToFrozenDictionary();
    }
}
