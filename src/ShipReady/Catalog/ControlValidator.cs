namespace ShipReady.Catalog;

/// <summary>Checks what no single file can: ids are unique and references between controls resolve without cycles.</summary>
internal static class ControlValidator
{
    public static void CheckReferences(IReadOnlyList<Control> controls)
    {
        var byId = new Dictionary<string, Control>(StringComparer.Ordinal);
        foreach (var control in controls)
        {
            if (!byId.TryAdd(control.Id, control))
            {
                throw new CatalogException($"{control.Source}: control id '{control.Id}' is already defined by {byId[control.Id].Source}.");
            }
        }
        foreach (var control in controls)
        {
            foreach (var other in control.DependsOn.Concat(control.YieldsTo).Where(o => !byId.ContainsKey(o)))
            {
                throw new CatalogException($"{control.Source}: names control '{other}' in dependsOn or yieldsTo, which does not exist.");
            }
        }
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var control in controls)
        {
            Visit(control, []);
        }

        void Visit(Control control, List<string> path)
        {
            if (state.GetValueOrDefault(control.Id) == 2)
            {
                return;
            }
            if (state.GetValueOrDefault(control.Id) == 1)
            {
                throw new CatalogException($"{control.Source}: dependsOn makes a cycle ({string.Join(" → ", path.Append(control.Id))}); remove one of the links.");
            }
            state[control.Id] = 1;
            path.Add(control.Id);
            foreach (var dependency in control.DependsOn)
            {
                Visit(byId[dependency], path);
            }
            path.RemoveAt(path.Count - 1);
            state[control.Id] = 2;
        }
    }
}
