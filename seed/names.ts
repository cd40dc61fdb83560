/** Invented names and places. None is meant to be a real person, business or street. */
export const firstNames = [
  'Aden', 'Briony', 'Cal', 'Dara', 'Elsie', 'Fenn', 'Gwyn', 'Hollis', 'Ines', 'Jory', 'Kit', 'Lark', 'Mabry',
  'Nell', 'Orrin', 'Pip', 'Quill', 'Rowan', 'Sable', 'Tamsin', 'Ulla', 'Vesper', 'Wren', 'Yarrow', 'Zeb',
  'Arlo', 'Bex', 'Cosmo', 'Dilys', 'Ember', 'Florin', 'Gus', 'Hettie', 'Ivo', 'Juno', 'Kes', 'Linus', 'Mirren',
]
export const lastNames = [
  'Ashdown', 'Brackley', 'Culverhouse', 'Dunnock', 'Elmstead', 'Fallowfield', 'Greystoke', 'Hartwell',
  'Inchbold', 'Jessop', 'Kettleby', 'Larkhill', 'Mossop', 'Nettlefold', 'Oakridge', 'Pellow', 'Quarrie',
  'Rookwood', 'Saltmarsh', 'Thistlewood', 'Underhay', 'Vellacott', 'Wolstenholme', 'Yelland', 'Zennor',
]
export const aliases = ['Spider', 'Tinker', 'Slim', 'Chalky', 'Digger', 'Boots', 'Magpie', 'Sparrow', 'Scrap', 'Lofty']

export const businessWords = {
  first: ['Copper', 'Amber', 'Willow', 'Lantern', 'Harbour', 'Juniper', 'Saffron', 'Bramble', 'Cobalt', 'Meadow',
    'Foxglove', 'Granary', 'Kestrel', 'Marigold', 'Orchard', 'Pebble', 'Quayside', 'Rosehip', 'Thimble', 'Velvet'],
  second: ['Kettle', 'Lane', 'Crown', 'Spoon', 'Thread', 'Anchor', 'Bell', 'Loom', 'Key', 'Wheel', 'Press', 'Lamp'],
}
export const businessKinds = {
  retail: ['Books', 'Gifts', 'Pharmacy', 'Outfitters', 'Jewellers', 'Hardware', 'Vape Shop', 'Convenience Store', 'Shoes', 'Phones'],
  'food-and-drink': ['Café', 'Bakery', 'Deli', 'Kitchen', 'Pizzeria', 'Noodle Bar', 'Coffee House'],
  'night-time': ['Bar', 'Tavern', 'Club', 'Lounge', 'Arms'],
  services: ['Opticians', 'Launderette', 'Print Shop', 'Key Cutting', 'Estate Agents'],
  'health-and-beauty': ['Salon', 'Barbers', 'Nail Studio', 'Beauty Rooms'],
  leisure: ['Cinema', 'Games Café', 'Bowling', 'Arcade'],
  other: ['Market Stall', 'Charity Shop'],
} as const

export const streets = [
  'Mercer Street', 'Kiln Lane', 'Tanners Walk', 'Weavers Row', 'Exchange Arcade', 'Chandlers Yard', 'Bellfounder Lane',
  'Cordwainer Street', 'Wool Market', 'Friary Walk', 'Lantern Court', 'Ropewalk', 'Hosier Lane', 'Guild Square',
]
export const town = {
  name: 'Northbrook',
  postcodePrefix: 'NB1',
  // A fictional town centre: coordinates in the sea off no real town.
  centre: { lat: 50.0, lng: -20.0 },
}
