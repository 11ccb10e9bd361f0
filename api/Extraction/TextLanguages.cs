using Lingua;

namespace Attribution.Api.Extraction;

/// <summary>The language a text is read as: the BCP 47 tag given (a request's or a stored article's <c>language</c>),
/// or, when none is given, the one detected, with <see cref="Detected"/> set; null when detection could not tell.</summary>
public sealed record TextLanguage(string? Tag, bool Detected)
{
    /// <summary>The languages whose word lists the extractor has (<c>Extraction/Words</c>).</summary>
    public static readonly IReadOnlySet<string> Read = new HashSet<string>(["en", "fr", "de", "es"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The primary subtag, lower case: "pt" of "pt-BR".</summary>
    public static string? Primary(string? tag) => tag?.Split('-', 2)[0].ToLowerInvariant();

    /// <summary>Whether the text is known to be in a language the extractor has no word lists for.</summary>
    public static bool Unread(string? tag) => Primary(tag) is { } primary && !Read.Contains(primary);
}

/// <summary>
/// Detects the language of a text that arrives without one, with Lingua (SearchPioneer.Lingua, its n-gram models shipped
/// in the package: nothing is downloaded). It tells apart the four languages the extractor reads and three neighbours
/// that it does not (Italian, Portuguese, Dutch), so that a text in those is not mistaken for one it reads. Only the
/// text's first <see cref="SampleLength"/> characters are read: enough for an article, and bounded for the largest text.
/// </summary>
public sealed class TextLanguages
{
    /// <summary>Characters read from the start of a text (cut back to a space): about 10 ms and 3 MB.</summary>
    public const int SampleLength = 4000;

    private readonly Lazy<LanguageDetector> _detector = new(() => LanguageDetectorBuilder
        .FromLanguages(Language.English, Language.French, Language.German, Language.Spanish, Language.Italian, Language.Portuguese, Language.Dutch)
        .WithLowAccuracyMode() // trigram models only: reliable on article-length text, a fraction of the memory
        .Build());

    /// <summary>The given tag if there is one, else the detected language of the text.</summary>
    public TextLanguage Resolve(string text, string? given) =>
        given is not null ? new(given, Detected: false) : new(Detect(text), Detected: true);

    /// <summary>The ISO 639-1 code of the text's language, or null when the detector cannot tell (too little text).</summary>
    public string? Detect(string text)
    {
        var cut = text.Length <= SampleLength ? text.Length : text.LastIndexOf(' ', SampleLength);
        var sample = text[..(cut > 0 ? cut : SampleLength)];
        var language = _detector.Value.DetectLanguageOf(sample);
        return language == Language.Unknown ? null : LanguageInfo.IsoCode6391(language).ToString().ToLowerInvariant();
    }
}
