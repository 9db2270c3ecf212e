namespace ThiDua.Vietnamese.Syllables;

/// <summary>
/// <i>Thanh</i> — the six tones of standard Vietnamese, named in code after the mark that writes them.
/// </summary>
public enum Tone
{
    /// <summary><i>Thanh ngang</i>: no mark (<c>ma</c>).</summary>
    Level,

    /// <summary><i>Thanh huyền</i>: grave accent U+0300 (<c>mà</c>).</summary>
    Grave,

    /// <summary><i>Thanh sắc</i>: acute accent U+0301 (<c>má</c>).</summary>
    Acute,

    /// <summary><i>Thanh hỏi</i>: hook above U+0309 (<c>mả</c>).</summary>
    Hook,

    /// <summary><i>Thanh ngã</i>: tilde U+0303 (<c>mã</c>).</summary>
    Tilde,

    /// <summary><i>Thanh nặng</i>: dot below U+0323 (<c>mạ</c>).</summary>
    DotBelow,
}
