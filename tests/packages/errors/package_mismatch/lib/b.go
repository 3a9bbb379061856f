package other

var B = 2
