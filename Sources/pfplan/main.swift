print("pfplan")
