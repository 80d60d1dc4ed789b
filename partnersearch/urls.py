from django.urls import path

from . import views

app_name = "partnersearch"
urlpatterns = [
    path("alerts/", views.alert_subscribe, name="alert_subscribe"),
    path("alerts/confirm/<str:token>/", views.alert_confirm, name="alert_confirm"),
    path("alerts/unsubscribe/<str:token>/", views.alert_unsubscribe, name="alert_unsubscribe"),
    path("invitation/<str:token>/", views.accept_invitation, name="accept_invitation"),
]
