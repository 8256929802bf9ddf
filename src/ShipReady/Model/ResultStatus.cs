namespace ShipReady.Model;

/// <summary>The closed set of outcomes a detector can report for a control.</summary>
public enum ResultStatus
{
    /// <summary>The repository shows the control is in place.</summary>
    Met,
    /// <summary>The repository shows the control is missing.</summary>
    Gap,
    /// <summary>Something is in place, but evidence of the gap remains.</summary>
    Partial,
    /// <summary>The control does not concern this product.</summary>
    NotApplicable,
    /// <summary>Code cannot tell; the control's question must be answered.</summary>
    Unknown,
}
