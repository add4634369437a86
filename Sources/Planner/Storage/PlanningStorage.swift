/// Everything the use cases ask of a store: reading layers, the lean clearance and
/// outline reads, the parcel stream, the inventory, and recording status changes.
/// A store conforming to all of these can stand behind every front.
public typealias PlanningStorage = PlanningReading & ClearanceReading & ClearanceRecording & OutlineReading
    & ParcelStreamReading & LayerInventory
