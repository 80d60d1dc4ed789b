from django.urls import path

from . import views

app_name = "partnersearch"
urlpatterns = [
    path("alerts/", views.alert_subscribe, name="alert_subscribe"),
    path("alerts/confirm/<slug:token>/", views.alert_confirm, name="alert_confirm"),
    path("alerts/unsubscribe/<slug:token>/", views.alert_unsubscribe, name="alert_unsubscribe"),
    path("invitation/<slug:token>/", views.accept_invitation, name="accept_invitation"),
]
