using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ThiDua.Data.Tests.Infrastructure;

/// <summary>
/// A fact of a test class that runs against one database kind (<see cref="DatabaseTests{TDatabase}"/>): skipped, with the
/// reason the kind gives (its static <c>SkipReason</c>), when that database is not available — e.g. PostgreSQL without
/// <c>THIDUA_TEST_PG</c>. The same test methods thus run on SQLite always and on PostgreSQL whenever it is configured.
/// </summary>
[XunitTestCaseDiscoverer("ThiDua.Data.Tests.Infrastructure.DatabaseFactDiscoverer", "ThiDua.Data.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseFactAttribute : FactAttribute;

/// <summary>Discovers <see cref="DatabaseFactAttribute"/> tests, attaching the database kind's skip reason.</summary>
public sealed class DatabaseFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    /// <inheritdoc />
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        yield return new DatabaseTestCase(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(),
            discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, SkipReason(testMethod.TestClass.Class.ToRuntimeType()));
    }

    private static string? SkipReason(Type testClass)
    {
        for (var type = testClass; type is not null; type = type.BaseType)
        {
            if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(DatabaseTests<>)) continue;
            var database = type.GetGenericArguments()[0];
            return database.GetProperty("SkipReason", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as string;
        }
        return null;
    }
}

/// <summary>A test case carrying a skip reason decided at discovery.</summary>
public sealed class DatabaseTestCase : XunitTestCase
{
    private string? skipReason;

    /// <summary>For deserialization only.</summary>
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public DatabaseTestCase() { }

    /// <summary>Creates the test case.</summary>
    public DatabaseTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method, string? skipReason)
        : base(sink, display, options, method) => this.skipReason = skipReason;

    /// <inheritdoc />
    protected override string GetSkipReason(IAttributeInfo factAttribute) => skipReason ?? base.GetSkipReason(factAttribute);

    /// <inheritdoc />
    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("DatabaseSkipReason", skipReason);
    }

    /// <inheritdoc />
    public override void Deserialize(IXunitSerializationInfo data)
    {
        skipReason = data.GetValue<string?>("DatabaseSkipReason"); // before the base, which initializes the skip reason
        base.Deserialize(data);
    }
}
