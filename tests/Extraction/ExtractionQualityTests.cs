using Xunit.Abstractions;

namespace Attribution.Tests.Extraction;

/// <summary>The quality targets, asserted over the annotated corpus (the seed article and Extraction/Corpus).</summary>
public sealed class ExtractionQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void Extraction_meets_the_targets_over_the_annotated_corpus()
    {
        var corpus = ExtractionScorer.Corpus();
        var scores = corpus.Select(ExtractionScorer.Run).ToList();
        output.WriteLine(ExtractionScorer.Table(scores));
        foreach (var score in scores)
            foreach (var miss in score.Misses) output.WriteLine($"{score.Article}: {miss}");

        Assert.True(corpus.Count >= 6, "the seed article and at least five more");
        var quoted = scores.Select(s => s.Quoted).Aggregate((a, b) => a + b);
        var indirect = scores.Select(s => s.Indirect).Aggregate((a, b) => a + b);
        Assert.InRange(quoted.Precision, 0.90, 1);
        Assert.InRange(quoted.Recall, 0.90, 1);
        Assert.InRange(quoted.SpeakerAccuracy, 0.90, 1);
        Assert.InRange(indirect.Precision, 0.70, 1);
        Assert.InRange(indirect.Recall, 0.70, 1);
    }
}
