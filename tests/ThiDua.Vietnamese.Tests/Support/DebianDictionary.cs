using ThiDua.Vietnamese.Lexicon;

namespace ThiDua.Vietnamese.Tests.Support;

/// <summary>
/// Debian's hunspell-vi dictionary, which the product uses in production (installed by
/// <c>service/install-prerequisites.sh</c>). Tests that need real-word knowledge use it and fail with a clear
/// message when it is missing.
/// </summary>
public static class DebianDictionary
{
    private static readonly Lazy<SyllableDictionary> Loaded = new(() =>
        File.Exists(SyllableDictionary.DebianPath)
            ? SyllableDictionary.Load(SyllableDictionary.DebianPath)
            : throw new InvalidOperationException(
                $"{SyllableDictionary.DebianPath} is missing: run service/install-prerequisites.sh (apt-get install hunspell-vi)."));

    /// <summary>The loaded dictionary.</summary>
    public static SyllableDictionary Instance => Loaded.Value;
}
