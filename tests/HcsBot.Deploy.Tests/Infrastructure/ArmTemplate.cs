using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace HcsBot.Deploy.Tests.Infrastructure;

/// <summary>A resource found in a compiled template, with the module deployments it sits in (outermost first).</summary>
internal sealed record ArmResource(string Type, JsonObject Node, IReadOnlyList<ArmDeployment> Modules)
{
    public JsonObject Properties => Node["properties"]?.AsObject() ?? [];

    /// <summary>The template this resource is declared in.</summary>
    public JsonObject Template => Modules.Count == 0 ? throw new InvalidOperationException("Top-level resource.") : Modules[^1].Template;

    /// <summary>
    /// Follows a value of the form <c>[parameters('x')]</c> out through the module that passed it, as far as
    /// it goes, so a test can see what a module parameter really is (for example the identity's client id).
    /// </summary>
    public string Trace(string value)
    {
        var current = value;
        for (var i = Modules.Count - 1; i >= 0; i--)
        {
            var match = ArmTemplate.ParameterReference().Match(current);
            if (!match.Success)
            {
                break;
            }

            var passed = Modules[i].Node["properties"]?["parameters"]?[match.Groups["name"].Value]?["value"];
            if (passed is null)
            {
                break;
            }

            current = passed is JsonValue v && v.TryGetValue<string>(out var text) ? text : passed.ToJsonString();
        }

        return current;
    }

    /// <summary>Replaces <c>variables('x')</c> references with the variable's value from this resource's template.</summary>
    public string ResolveVariables(string value) =>
        ArmTemplate.VariableReference().Replace(value, m =>
            Template["variables"]?[m.Groups["name"].Value]?.ToString() ?? m.Value);
}

internal sealed record ArmDeployment(string Name, JsonObject Node, JsonObject Template);

/// <summary>Reads the ARM JSON that `bicep build` produces, including module templates nested in it.</summary>
internal sealed partial class ArmTemplate(JsonObject root)
{
    public JsonObject Root { get; } = root;

    public IReadOnlyList<ArmResource> AllResources()
    {
        var found = new List<ArmResource>();
        Collect(Root, [], found);
        return found;
    }

    public IReadOnlyList<ArmResource> OfType(string type) =>
        AllResources().Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase)).ToList();

    public ArmResource Single(string type)
    {
        var matches = OfType(type);
        Assert.True(matches.Count == 1, $"Expected exactly one {type} in the compiled template, found {matches.Count}.");
        return matches[0];
    }

    /// <summary>Every template in the tree: the root and each module's.</summary>
    public IEnumerable<JsonObject> AllTemplates()
    {
        yield return Root;
        foreach (var deployment in AllResources().Where(r => r.Type == "Microsoft.Resources/deployments"))
        {
            if (deployment.Properties["template"] is JsonObject template)
            {
                yield return template;
            }
        }
    }

    private static void Collect(JsonObject template, IReadOnlyList<ArmDeployment> modules, List<ArmResource> found)
    {
        // languageVersion 2.0 templates keep resources in an object keyed by symbolic name; 1.0 in an array.
        var nodes = template["resources"] switch
        {
            JsonArray array => array.OfType<JsonObject>(),
            JsonObject map => map.Select(p => p.Value).OfType<JsonObject>(),
            _ => [],
        };
        foreach (var node in nodes)
        {
            if (node["existing"]?.GetValue<bool>() == true)
            {
                continue; // a reference to a resource declared elsewhere, not a resource this template deploys
            }

            var type = node["type"]?.GetValue<string>() ?? string.Empty;
            found.Add(new ArmResource(type, node, modules));
            if (type == "Microsoft.Resources/deployments" && node["properties"]?["template"] is JsonObject nested)
            {
                var name = node["name"]?.ToString() ?? string.Empty;
                Collect(nested, [.. modules, new ArmDeployment(name, node, nested)], found);
            }
        }
    }

    [GeneratedRegex(@"^\[parameters\('(?<name>[^']+)'\)\]$")]
    internal static partial Regex ParameterReference();

    [GeneratedRegex(@"variables\('(?<name>[^']+)'\)")]
    internal static partial Regex VariableReference();
}
