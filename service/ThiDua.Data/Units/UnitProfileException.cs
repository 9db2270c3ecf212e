namespace ThiDua.Data.Units;

/// <summary>Why a unit profile cannot be saved or deleted.</summary>
public enum UnitProfileError
{
    /// <summary>A field is missing or invalid. HTTP 400.</summary>
    Invalid,
    /// <summary>Another profile has the same name (same <see cref="UnitKey"/>). HTTP 409.</summary>
    DuplicateName,
    /// <summary>The unit has plans and cannot be deleted. HTTP 409.</summary>
    HasPlans,
}

/// <summary>A unit profile operation refused; <see cref="Exception.Message"/> is one Vietnamese sentence.</summary>
public sealed class UnitProfileException(UnitProfileError error, string message) : Exception(message)
{
    /// <summary>The kind of refusal.</summary>
    public UnitProfileError Error { get; } = error;
}
