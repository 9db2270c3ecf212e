using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ThiDua.Data.Submissions;

/// <summary>Recognises the database errors that mean "someone else got there first": retry, and find their row.</summary>
internal static class DatabaseErrors
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    /// <summary>
    /// True for a unique or primary-key violation (SQLite <c>SQLITE_CONSTRAINT_UNIQUE</c>/<c>_PRIMARYKEY</c>, PostgreSQL
    /// <c>23505</c>) and for PostgreSQL's deadlock (<c>40P01</c>) and serialization failure (<c>40001</c>).
    /// </summary>
    public static bool IsConflict(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException s => s.SqliteErrorCode == SqliteConstraint && s.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        PostgresException p => p.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure,
        _ => false,
    };
}
