using System.Collections;

namespace ThiDua.Docx.Reading;

/// <summary>
/// The paragraph indices <paramref name="Start"/> … <paramref name="Start"/> + <paramref name="Count"/> − 1 as a list that
/// stores two numbers: a cell holds every paragraph of the tables nested in it, and a list per cell would cost the square
/// of the nesting depth.
/// </summary>
internal sealed record ParagraphRange(int Start, int Count) : IReadOnlyList<int>
{
    public int this[int index] => (uint)index < (uint)Count ? Start + index : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<int> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return Start + i;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
