namespace ThiDua.Plans.Authoring;

/// <summary>
/// The request to author a plan or a section cannot be met (unknown section, missing unit name, year out of range…).
/// The message is Vietnamese and meant for the user; the service answers 400 with it.
/// </summary>
public sealed class AuthoringInputException(string message) : Exception(message);
