"""Text shared by several documents of the west_midlands_metro area: the plan's priorities as partners quote
them, and a drawing helper for the reportlab documents (a flowable that draws shapes and places paragraphs)."""
from rl_kit import Flowable, Paragraph

PLAN_NAME = "Mayor's Police and Crime Plan 2026–2030"
PLAN_PRIORITIES = ["Safer streets and neighbourhoods", "Preventing violence and exploitation",
                   "Ending violence against women and girls", "Putting victims first",
                   "Cutting drug and alcohol harm", "Breaking the cycle of offending",
                   "A police service that is visible, trusted and answers the call"]

PLAN_SENTENCE = ("The Mayor of the West Midlands, who now holds the police and crime commissioner's functions, "
                 "published the " + PLAN_NAME + ". Its seven priorities are: " + "; ".join(PLAN_PRIORITIES) + ".")

BOROUGHS = ["Birmingham", "Coventry", "Dudley", "Sandwell", "Solihull", "Walsall", "Wolverhampton"]


class Art(Flowable):
    """A drawn block of fixed height: `fn(canvas, width, height)` draws it (paragraphs placed with put())."""

    def __init__(self, height, fn):
        super().__init__()
        self.h, self.fn = height, fn

    def wrap(self, aw, ah):
        self.w = aw
        return aw, self.h

    def draw(self):
        self.fn(self.canv, self.w, self.h)


def put(c, text, style, x, y_top, width):
    """Draw a paragraph with its top at y_top; returns its height."""
    p = Paragraph(text, style)
    _, h = p.wrap(width, 1000)
    p.drawOn(c, x, y_top - h)
    return h
