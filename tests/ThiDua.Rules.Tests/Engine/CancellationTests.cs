using ThiDua.Rules.Tests.Support;

namespace ThiDua.Rules.Tests.Engine;

/// <summary>Every entry point of the engine stops on its cancellation token with <see cref="OperationCanceledException"/>, never as bad input.</summary>
public sealed class CancellationTests
{
    private static readonly PlanEngine Engine = new();
    private static readonly CancellationToken Cancelled = new(canceled: true);

    private static MemoryStream Plan() => new(File.ReadAllBytes(Corpus.File(PlanFixture.Compliant)), writable: false);

    [Fact]
    public void Check_stops() => Assert.ThrowsAny<OperationCanceledException>(() => Engine.Check(Plan(), "x.docx", cancellationToken: Cancelled));

    [Fact]
    public void Extract_stops() => Assert.ThrowsAny<OperationCanceledException>(() => Engine.Extract(Plan(), "x.docx", Cancelled));

    [Fact]
    public void Fix_stops() => Assert.ThrowsAny<OperationCanceledException>(() => Engine.Fix(Plan(), null, cancellationToken: Cancelled));

    [Fact]
    public void Tag_stops() => Assert.ThrowsAny<OperationCanceledException>(() => Engine.Tag(Plan(), Cancelled));
}
