using System.Reflection;

namespace ThiDua.Data.Tests.Infrastructure;

/// <summary>
/// Every test of a <see cref="DatabaseTests{TDatabase}"/> class runs once per database kind, so it must be a
/// <see cref="DatabaseFactAttribute"/>: a plain <c>[Fact]</c> or <c>[Theory]</c> there would not skip on PostgreSQL when
/// <c>THIDUA_TEST_PG</c> is not set, and would fail creating the database instead. Tests needing no database belong in a
/// class of their own.
/// </summary>
public sealed class DatabaseFactUsageTests
{
    [Fact]
    public void Database_test_classes_declare_every_test_as_a_database_fact()
    {
        var databaseClasses = typeof(DatabaseFactUsageTests).Assembly.GetTypes().Where(IsDatabaseTestClass).ToList();
        Assert.NotEmpty(databaseClasses);

        var plain = databaseClasses
            .SelectMany(t => t.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes<FactAttribute>().Any(a => a is not DatabaseFactAttribute))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();

        Assert.True(plain.Count == 0, "plain [Fact]/[Theory] in a database test class: " + string.Join(", ", plain));
    }

    private static bool IsDatabaseTestClass(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(DatabaseTests<>)) return true;
        return false;
    }
}
