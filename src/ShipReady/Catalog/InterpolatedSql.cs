namespace ShipReady.Catalog;

/// <summary>Which template literals of SQL a pattern counts, by where their interpolations stand; see <see cref="Facts.Code.SqlTemplateNames"/>.</summary>
public enum InterpolatedSql
{
    /// <summary>Every match counts.</summary>
    Any,
    /// <summary>Only a literal that pastes at least one value where SQL expects a value: the finding.</summary>
    Values,
    /// <summary>Only a literal whose every interpolation is a name (a table, a column): a place to review.</summary>
    Names,
}
