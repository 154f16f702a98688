/// Renders a compiled regulation for people: the operator handbook and the flow graphs.
